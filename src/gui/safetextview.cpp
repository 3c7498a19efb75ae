#include "safetextview.h"

namespace Careleaf {

SafeTextView::SafeTextView(QWidget *parent)
    : QTextEdit(parent)
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Nothing to type here: Tab moves on to the next control.
    setTabChangesFocus(true);
}

QVariant SafeTextView::loadResource(int, const QUrl &)
{
    ++m_blocked;
    return {};
}

} // namespace Careleaf
