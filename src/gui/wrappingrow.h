// A row of controls that wraps onto more rows when it is narrower than they are side by side:
// the filters above the list, so the list (and its side of the splitter) can be narrower than the
// four filters in one row without cutting one, down to two side by side. Each control keeps at least
// its own width (its choices are never elided); the room left in a row is shared among its controls, so a row fills
// its width as a box layout's would. Laid out in the widget's direction (right to left mirrored).
#pragma once

#include <QLayout>
#include <QList>

namespace Careleaf {

class WrappingRow : public QLayout
{
    Q_OBJECT

public:
    explicit WrappingRow(QWidget *parent = nullptr);
    ~WrappingRow() override;

    void addItem(QLayoutItem *item) override;
    [[nodiscard]] int count() const override;
    [[nodiscard]] QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    [[nodiscard]] Qt::Orientations expandingDirections() const override;
    [[nodiscard]] bool hasHeightForWidth() const override;
    [[nodiscard]] int heightForWidth(int width) const override;
    // One row of every control.
    [[nodiscard]] QSize sizeHint() const override;
    // As wide as two controls side by side (the first two, the next two, ...): the rows are
    // filled in order, so only the last may hold one control alone.
    [[nodiscard]] QSize minimumSize() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Lays the visible items out in rect (only measures when apply is false); the height used.
    int arrange(const QRect &rect, bool apply) const;
    [[nodiscard]] QList<QLayoutItem *> visibleItems() const;
    [[nodiscard]] int gap() const;

    QList<QLayoutItem *> m_items;
};

} // namespace Careleaf
