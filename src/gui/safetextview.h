// A read-only text view for clinical text that never loads anything: no images, no style
// sheets, no links followed, whatever the HTML asks for. Attempts are counted so tests can
// prove that nothing was fetched.
#pragma once

#include <QTextBrowser>

namespace Careleaf {

class SafeTextView : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeTextView)

public:
    explicit SafeTextView(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;
    [[nodiscard]] int blockedResourceLoads() const { return m_blocked; }

private:
    int m_blocked = 0;
};

} // namespace Careleaf
