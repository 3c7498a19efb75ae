// Paints one search result in two lines: the lay name, its languages' tags, and its code system
// and code on the right; below it where the query matched (matched words marked), or the
// official descriptor when there is no query, elided to the width of the list.
#pragma once

#include "ink.h"

#include <QStyledItemDelegate>

namespace Careleaf {

class ProcedureListDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcedureListDelegate)

public:
    explicit ProcedureListDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // A row's colours, selected or not, on the desktop's palette: its text, its second line and
    // code (secondary) and the mark of a matched word, each readable on the row (4.5:1).
    [[nodiscard]] static Ink::Scheme rowInk(const QStyleOptionViewItem &option);
    // The bar at the start of the chosen row (and of the row the keyboard is on): the selection's
    // colour, standing out from the list at 3:1, so that the row is seen whatever the style draws
    // (a dark theme drew both nearly in the list's own colour).
    [[nodiscard]] static QColor selectionEdge(const QPalette &palette);
};

} // namespace Careleaf
