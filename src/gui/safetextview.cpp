#include "safetextview.h"

#include <QMimeData>
#include <QTextDocumentFragment>

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

QMimeData *SafeTextView::createMimeDataFromSelection() const
{
    const QTextDocumentFragment selected = textCursor().selection();
    auto *data = new QMimeData;
    data->setText(selected.toPlainText().remove(QChar(0x200B)));
    data->setHtml(selected.toHtml().remove(QChar(0x200B)));
    return data;
}

QVariant SafeTextView::loadResource(int, const QUrl &)
{
    ++m_blocked;
    return {};
}

} // namespace Careleaf
