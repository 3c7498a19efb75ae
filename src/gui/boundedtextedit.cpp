#include "boundedtextedit.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QTextCursor>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Careleaf {

BoundedTextEdit::BoundedTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{}

QString BoundedTextEdit::fitting(const QString &text) const
{
    if (m_most <= 0)
        return text;
    const QTextCursor cursor = textCursor();
    const qsizetype length = document()->characterCount() - 1; // without the last paragraph's end
    const qsizetype room =
        std::max<qsizetype>(0, m_most - (length - (cursor.selectionEnd() - cursor.selectionStart())));
    if (text.size() <= room)
        return text;
    qsizetype keep = room;
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep; // not half a character
    return text.left(keep);
}

void BoundedTextEdit::keyPressEvent(QKeyEvent *event)
{
    // A letter or a line's end with no room for it: refused, as a full line refuses it.
    const bool newLine = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    const QString typed = newLine ? u"\n"_s : event->text();
    const bool types = newLine || (!typed.isEmpty() && typed.front().isPrint());
    if (types && !isReadOnly() && fitting(typed).size() < typed.size() &&
        !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        QApplication::beep();
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void BoundedTextEdit::inputMethodEvent(QInputMethodEvent *event)
{
    const QString fits = fitting(event->commitString());
    if (fits.size() == event->commitString().size()) {
        QPlainTextEdit::inputMethodEvent(event);
        return;
    }
    QInputMethodEvent shorter(event->preeditString(), event->attributes());
    shorter.setCommitString(fits, event->replacementStart(), event->replacementLength());
    QPlainTextEdit::inputMethodEvent(&shorter);
    event->accept();
}

void BoundedTextEdit::insertFromMimeData(const QMimeData *source)
{
    if (m_most <= 0 || !source || !source->hasText()) {
        QPlainTextEdit::insertFromMimeData(source);
        return;
    }
    const QString text = source->text();
    const QString fits = fitting(text);
    if (fits.size() < text.size())
        QApplication::beep();
    QTextCursor cursor = textCursor();
    cursor.insertText(fits); // in place of the selection, one step to undo
    setTextCursor(cursor);
}

} // namespace Careleaf
