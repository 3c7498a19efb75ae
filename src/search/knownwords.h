// The words of a library's word list that one connection knows are stored, so an import sends
// only words the list may not have yet: after the first few hundred procedures, nearly none.
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace Careleaf {

class KnownWords
{
public:
    // Those of words neither stored nor sent in the open transaction.
    [[nodiscard]] QStringList fresh(const QStringList &words) const
    {
        QStringList out;
        for (const QString &w : words) {
            if (!m_known.contains(w) && !m_pending.contains(w))
                out << w;
        }
        return out;
    }
    // Sent to the list in the open transaction.
    void sent(const QStringList &words)
    {
        for (const QString &w : words)
            m_pending.insert(w);
    }
    // The words sent are stored once the transaction commits, and unknown again if it did not.
    void transactionEnded(bool committed)
    {
        if (committed)
            m_known.unite(m_pending);
        m_pending.clear();
    }
    // Another connection, perhaps to a library restored from a backup: nothing is known.
    void clear()
    {
        m_known.clear();
        m_pending.clear();
    }

private:
    QSet<QString> m_known;
    QSet<QString> m_pending;
};

} // namespace Careleaf
