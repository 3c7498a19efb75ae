#include "emptyviewnote.h"

#include <QAbstractItemView>
#include <QEvent>

using namespace Qt::StringLiterals;

namespace Careleaf {

EmptyViewNote::EmptyViewNote(QAbstractItemView *view)
    : QLabel(view->viewport())
    , m_view(view)
{
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setMargin(16);
    hide();
    view->viewport()->installEventFilter(this);
}

void EmptyViewNote::say(const QString &what, const QString &hint)
{
    setText(what.isEmpty() ? QString()
                           : u"<p><b>%1</b></p><p>%2</p>"_s.arg(what.toHtmlEscaped(), hint.toHtmlEscaped()));
    setVisible(!what.isEmpty());
    setGeometry(m_view->viewport()->rect());
    m_plain = hint.isEmpty() ? what : what + u' ' + hint;
    m_view->setAccessibleDescription(m_plain);
}

QString EmptyViewNote::plainText() const
{
    return m_plain;
}

bool EmptyViewNote::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect());
    return QLabel::eventFilter(watched, event);
}

} // namespace Careleaf
