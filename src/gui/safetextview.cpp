#include "safetextview.h"

namespace Careleaf {

SafeTextView::SafeTextView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

QVariant SafeTextView::loadResource(int, const QUrl &)
{
    ++m_blocked;
    return {};
}

} // namespace Careleaf
