// What an item view says inside it while it has no rows: why it is empty and what to try ("No
// procedure matches …", "Nothing was printed since …"). A blank view with its reason elsewhere
// (a status bar's corner) reads as broken, and a screen reader in it hears only an empty list;
// the note's words are also the view's accessible description while it shows.
#pragma once

#include <QLabel>

class QAbstractItemView;

namespace Careleaf {

class EmptyViewNote : public QLabel
{
    Q_OBJECT

public:
    explicit EmptyViewNote(QAbstractItemView *view);

    // Shows what (in bold) and hint below it; an empty what hides the note (the view has rows).
    void say(const QString &what, const QString &hint = {});
    // What the note says, as plain text; empty while it is hidden.
    [[nodiscard]] QString plainText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    QString m_plain; // what it says, as plain text
};

} // namespace Careleaf
