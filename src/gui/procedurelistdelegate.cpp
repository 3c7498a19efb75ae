#include "procedurelistdelegate.h"

#include "procedurelistmodel.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Careleaf {

namespace {

constexpr int HorizontalPadding = 8;
constexpr int VerticalPadding = 5;
constexpr int LineGap = 2;

QFont titleFont(const QStyleOptionViewItem &option)
{
    QFont f = option.font;
    f.setWeight(QFont::DemiBold);
    return f;
}

QFont secondaryFont(const QStyleOptionViewItem &option)
{
    QFont f = option.font;
    f.setPointSizeF(f.pointSizeF() * 0.9);
    return f;
}

} // namespace

ProcedureListDelegate::ProcedureListDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void ProcedureListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor textColor = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor secondaryColor = textColor;
    secondaryColor.setAlphaF(0.7F);

    const QRect r = option.rect.adjusted(HorizontalPadding, VerticalPadding, -HorizontalPadding, -VerticalPadding);
    const QString title = index.data(ProcedureListModel::TitleRole).toString();
    const QString system = index.data(ProcedureListModel::CodeSystemRole).toString();
    const QString code = index.data(ProcedureListModel::CodeRole).toString();
    const QString codeText = code.isEmpty() ? system : system + u' ' + code;
    const QString descriptor = index.data(ProcedureListModel::DescriptorRole).toString();

    painter->save();
    const QFont tf = titleFont(option);
    const QFont sf = secondaryFont(option);
    const QFontMetrics tfm(tf);
    const QFontMetrics sfm(sf);

    const int codeWidth = codeText.isEmpty() ? 0 : sfm.horizontalAdvance(codeText) + HorizontalPadding;
    QRect titleRect(r.left(), r.top(), r.width() - codeWidth, tfm.height());
    painter->setFont(tf);
    painter->setPen(textColor);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      tfm.elidedText(title, Qt::ElideRight, titleRect.width()));
    if (!codeText.isEmpty()) {
        painter->setFont(sf);
        painter->setPen(secondaryColor);
        painter->drawText(QRect(r.right() - codeWidth, r.top(), codeWidth, tfm.height()),
                          Qt::AlignRight | Qt::AlignVCenter, codeText);
    }
    painter->setFont(sf);
    painter->setPen(secondaryColor);
    const QRect descriptorRect(r.left(), r.top() + tfm.height() + LineGap, r.width(), sfm.height());
    painter->drawText(descriptorRect, Qt::AlignLeft | Qt::AlignVCenter,
                      sfm.elidedText(descriptor.simplified(), Qt::ElideRight, descriptorRect.width()));
    painter->restore();
}

QSize ProcedureListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics tfm(titleFont(option));
    const QFontMetrics sfm(secondaryFont(option));
    return {200, tfm.height() + LineGap + sfm.height() + 2 * VerticalPadding};
}

} // namespace Careleaf
