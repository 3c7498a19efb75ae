// A plain text box of several lines that takes at most a given number of characters, as a line's
// maxLength does: what would go over is not typed, pasted, dropped or composed, so undo has only
// what was taken to undo (a box cut down after each change made Ctrl+Z cut it again, and the
// paste could never be undone). Text set by the program is taken whole.
#pragma once

#include <QPlainTextEdit>

namespace Careleaf {

class BoundedTextEdit : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoundedTextEdit)

public:
    explicit BoundedTextEdit(QWidget *parent = nullptr);

    // 0: no limit.
    void setMaxLength(int most) { m_most = most; }
    [[nodiscard]] int maxLength() const { return m_most; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    // Of text, as much as there is room for in place of the selection: whole characters.
    [[nodiscard]] QString fitting(const QString &text) const;
    int m_most = 0;
};

} // namespace Careleaf
