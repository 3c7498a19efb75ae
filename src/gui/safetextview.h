// A read-only text view for clinical text that never loads anything: no images, no style
// sheets, no links followed, whatever the HTML asks for. Attempts are counted so tests can
// prove that nothing was fetched. A read-only QTextEdit rather than a QTextBrowser: Qt tells a screen
// reader that a text browser is a label, whose text it cannot read by line or word; a read-only
// text edit is read-only text with a caret to move through it.
#pragma once

#include <QTextEdit>

namespace Careleaf {

class SafeTextView : public QTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeTextView)

public:
    explicit SafeTextView(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;
    [[nodiscard]] int blockedResourceLoads() const { return m_blocked; }

protected:
    // The selection as text and HTML without zero-width spaces: the places to break Careleaf put
    // into words no line could break (ProcedureHtml::breakableRuns), and any a document had, which
    // can no more be told apart. They draw nothing, and are no part of what a nurse copies into
    // a record.
    QMimeData *createMimeDataFromSelection() const override;

private:
    int m_blocked = 0;
};

} // namespace Careleaf
