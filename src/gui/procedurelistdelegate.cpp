#include "procedurelistdelegate.h"

#include "accessibility.h"
#include "ink.h"
#include "procedurehtml.h"
#include "procedurelistmodel.h"
#include "storebackend.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Careleaf {

namespace {

constexpr int HorizontalPadding = 8;
constexpr int VerticalPadding = 5;
constexpr int LineGap = 2;
constexpr int SelectionEdge = 4; // within HorizontalPadding

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

// Draws text with U+0002 ... U+0003 marked runs in bold on a highlight, eliding at the right edge:
// the text in the row's secondary colour, the marked runs in its text colour on its mark.
void paintSnippet(QPainter *painter, const QRect &rect, const QString &snippet, const QFont &font,
                  const Ink::Scheme &ink)
{
    QFont bold = font;
    bold.setWeight(QFont::Bold);
    const QFontMetrics fm(font);
    const QFontMetrics bfm(bold);
    int x = rect.left();
    bool marked = false;
    QString run;
    auto flush = [&] {
        if (run.isEmpty())
            return;
        const QFontMetrics &m = marked ? bfm : fm;
        const int available = rect.right() - x;
        QString text = run;
        if (m.horizontalAdvance(text) > available)
            text = m.elidedText(text, Qt::ElideRight, available);
        const int width = m.horizontalAdvance(text);
        const QRect target(x, rect.top(), width, rect.height());
        if (marked) {
            painter->fillRect(target, ink.markBackground);
            painter->setFont(bold);
            painter->setPen(ink.text);
        } else {
            painter->setFont(font);
            painter->setPen(ink.secondary);
        }
        painter->drawText(target, Qt::AlignLeft | Qt::AlignVCenter, text);
        x += width;
        run.clear();
    };
    for (QChar c : snippet) {
        if (x >= rect.right())
            return;
        if (c == highlightStart || c == highlightEnd) {
            flush();
            marked = c == highlightStart;
            continue;
        }
        run += c;
    }
    flush();
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
    // The chosen row, and the row the keyboard is on in the list.
    if (option.state & (QStyle::State_Selected | QStyle::State_HasFocus)) {
        QRect edge = option.rect;
        edge.setWidth(SelectionEdge);
        if (option.direction == Qt::RightToLeft)
            edge.moveRight(option.rect.right());
        painter->fillRect(edge, selectionEdge(option.palette));
    }
    // The row the keyboard is on while the list has it, framed (Fusion marks it not at all on a
    // chosen row, so Tab into the list showed nothing), beside the bar at a chosen row's start.
    Accessibility::drawItemFocus(painter, option, selectionEdge(option.palette), SelectionEdge);

    const Ink::Scheme ink = rowInk(option);

    const QRect r = option.rect.adjusted(HorizontalPadding, VerticalPadding, -HorizontalPadding, -VerticalPadding);
    const QString title = ProcedureHtml::shownText(index.data(ProcedureListModel::TitleRole).toString());
    const QString system = index.data(ProcedureListModel::CodeSystemRole).toString();
    const QString code = index.data(ProcedureListModel::CodeRole).toString();
    const QString codeText = code.isEmpty() ? system : system + u' ' + code;
    const QString descriptor = ProcedureHtml::shownText(index.data(ProcedureListModel::DescriptorRole).toString());

    painter->save();
    const QFont tf = titleFont(option);
    const QFont sf = secondaryFont(option);
    const QFontMetrics tfm(tf);
    const QFontMetrics sfm(sf);

    const int codeWidth = codeText.isEmpty() ? 0 : sfm.horizontalAdvance(codeText) + HorizontalPadding;
    // The languages a procedure is in, as small tags before its code, when it is in more than one.
    QStringList tags = index.data(ProcedureListModel::LanguagesRole).toStringList();
    if (tags.size() < 2)
        tags.clear();
    // Three at most, then how many more (the row's accessible text names them all): the title
    // keeps its room on a small screen.
    constexpr qsizetype MaxTags = 3;
    if (tags.size() > MaxTags + 1)
        tags = tags.first(MaxTags) << u"+%1"_s.arg(tags.size() - MaxTags);
    const int tagPadding = sfm.averageCharWidth() / 2 + 1;
    int tagsWidth = 0;
    for (QString &tag : tags) {
        tag = tag.toUpper();
        tagsWidth += sfm.horizontalAdvance(tag) + 2 * tagPadding + tagPadding;
    }
    QRect titleRect(r.left(), r.top(), r.width() - codeWidth - tagsWidth, tfm.height());
    painter->setFont(tf);
    painter->setPen(ink.text);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      tfm.elidedText(title, Qt::ElideRight, titleRect.width()));
    if (!codeText.isEmpty()) {
        painter->setFont(sf);
        painter->setPen(ink.secondary);
        painter->drawText(QRect(r.right() - codeWidth, r.top(), codeWidth, tfm.height()),
                          Qt::AlignRight | Qt::AlignVCenter, codeText);
    }
    if (!tags.isEmpty()) {
        painter->setFont(sf);
        painter->setRenderHint(QPainter::Antialiasing);
        int x = r.right() - codeWidth - tagsWidth + tagPadding;
        for (const QString &tag : std::as_const(tags)) {
            const int w = sfm.horizontalAdvance(tag) + 2 * tagPadding;
            const QRect box(x, r.top() + (tfm.height() - sfm.height()) / 2, w, sfm.height());
            painter->setPen(ink.secondary);
            painter->drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
            painter->drawText(box, Qt::AlignCenter, tag);
            x += w + tagPadding;
        }
    }
    // Second line: where the query matched, matched words marked; the descriptor when no query.
    const QRect secondRect(r.left(), r.top() + tfm.height() + LineGap, r.width(), sfm.height());
    const QString snippet =
        ProcedureHtml::shownText(index.data(ProcedureListModel::SnippetRole).toString()).simplified();
    if (snippet.isEmpty()) {
        painter->setFont(sf);
        painter->setPen(ink.secondary);
        painter->drawText(secondRect, Qt::AlignLeft | Qt::AlignVCenter,
                          sfm.elidedText(descriptor.simplified(), Qt::ElideRight, secondRect.width()));
    } else {
        paintSnippet(painter, secondRect, snippet, sf, ink);
    }
    painter->restore();
}

Ink::Scheme ProcedureListDelegate::rowInk(const QStyleOptionViewItem &option)
{
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    QPalette row;
    row.setColor(QPalette::Active, QPalette::Text,
                 option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    row.setColor(QPalette::Active, QPalette::Base,
                 option.palette.color(group, selected ? QPalette::Highlight : QPalette::Base));
    Ink::Scheme ink = Ink::screen(row, {});
    // Under light text on a mid-tone selection, neither of the mark's own colours reads: one made
    // from the selection, darker (or lighter under dark text) until the text reads on it, and
    // half as well again as on the row, so that the mark shows.
    if (Ink::contrast(ink.text, ink.markBackground) < 4.5) {
        const QColor away =
            Ink::contrast(ink.text, Qt::black) > Ink::contrast(ink.text, Qt::white) ? Qt::black : Qt::white;
        const double wanted = std::max(4.5, Ink::contrast(ink.text, ink.background) * 1.5);
        ink.markBackground = Ink::readable(ink.background, ink.text, away, wanted);
    }
    return ink;
}

QColor ProcedureListDelegate::selectionEdge(const QPalette &palette)
{
    return Accessibility::focusColour(palette, QPalette::Base);
}

QSize ProcedureListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics tfm(titleFont(option));
    const QFontMetrics sfm(secondaryFont(option));
    return {200, tfm.height() + LineGap + sfm.height() + 2 * VerticalPadding};
}

} // namespace Careleaf
