#include "wrappingrow.h"

#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace Careleaf {

WrappingRow::WrappingRow(QWidget *parent)
    : QLayout(parent)
{
    setContentsMargins(0, 0, 0, 0);
}

WrappingRow::~WrappingRow()
{
    qDeleteAll(m_items);
}

void WrappingRow::addItem(QLayoutItem *item)
{
    m_items << item;
}

int WrappingRow::count() const
{
    return int(m_items.size());
}

QLayoutItem *WrappingRow::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *WrappingRow::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations WrappingRow::expandingDirections() const
{
    return Qt::Horizontal;
}

bool WrappingRow::hasHeightForWidth() const
{
    return true;
}

int WrappingRow::heightForWidth(int width) const
{
    const QMargins m = contentsMargins();
    return arrange(QRect(0, 0, width - m.left() - m.right(), 0), false) + m.top() + m.bottom();
}

int WrappingRow::gap() const
{
    return std::max(0, spacing()); // -1 when none was set
}

QList<QLayoutItem *> WrappingRow::visibleItems() const
{
    QList<QLayoutItem *> out;
    std::copy_if(m_items.cbegin(), m_items.cend(), std::back_inserter(out),
                 [](const QLayoutItem *item) { return !item->isEmpty(); });
    return out;
}

QSize WrappingRow::sizeHint() const
{
    QSize size(0, 0);
    const QList<QLayoutItem *> items = visibleItems();
    for (const QLayoutItem *item : items) {
        const QSize hint = item->sizeHint();
        size.rwidth() += hint.width();
        size.setHeight(std::max(size.height(), hint.height()));
    }
    size.rwidth() += gap() * std::max<int>(0, int(items.size()) - 1);
    const QMargins m = contentsMargins();
    return size.grownBy(m);
}

QSize WrappingRow::minimumSize() const
{
    // Two controls a row at least: one a row would leave the list too narrow to read.
    const QList<QLayoutItem *> items = visibleItems();
    int width = 0;
    for (qsizetype i = 0; i < items.size(); i += 2) {
        const int pair =
            items.at(i)->sizeHint().width() + (i + 1 < items.size() ? gap() + items.at(i + 1)->sizeHint().width() : 0);
        width = std::max(width, pair);
    }
    const QMargins m = contentsMargins();
    return {width + m.left() + m.right(), heightForWidth(width + m.left() + m.right())};
}

void WrappingRow::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(contentsRect(), true);
}

int WrappingRow::arrange(const QRect &rect, bool apply) const
{
    const QList<QLayoutItem *> items = visibleItems();
    int y = rect.y();
    for (qsizetype first = 0; first < items.size();) {
        // The controls that fit on this row (always at least one).
        qsizetype end = first;
        int used = 0;
        int height = 0;
        while (end < items.size()) {
            const QSize hint = items.at(end)->sizeHint();
            const int needed = used + (end > first ? gap() : 0) + hint.width();
            if (end > first && needed > rect.width())
                break;
            used = needed;
            height = std::max(height, hint.height());
            ++end;
        }
        if (apply) {
            // The room left shared among the row's controls, the first ones a pixel more.
            const int n = int(end - first);
            const int extra = std::max(0, rect.width() - used);
            int x = rect.x();
            for (qsizetype i = first; i < end; ++i) {
                QLayoutItem *item = items.at(i);
                const int w = item->sizeHint().width() + extra / n + (int(i - first) < extra % n ? 1 : 0);
                const QRect box(x, y, w, height);
                item->setGeometry(QStyle::visualRect(
                    parentWidget() ? parentWidget()->layoutDirection() : Qt::LeftToRight, rect, box));
                x += w + gap();
            }
        }
        y += height + gap();
        first = end;
    }
    return items.isEmpty() ? 0 : y - gap() - rect.y();
}

} // namespace Careleaf
