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
    // Those of words neither stored nor kept in the open transaction.
    [[nodiscard]] QStringList fresh(const QStringList &words) const
    {
        QStringList out;
        for (const QString &w : words) {
            if (!m_known.contains(w) && !m_pending.contains(w))
                out << w;
        }
        return out;
    }
    // Sent to the list for the procedure being written.
    void sent(const QStringList &words) { m_sentNow += words; }
    // That procedure's writes were kept in the open transaction, or rolled back (its savepoint).
    void procedureEnded(bool kept)
    {
        if (kept) {
            for (const QString &w : std::as_const(m_sentNow))
                m_pending.insert(w);
        }
        m_sentNow.clear();
    }
    // The words kept are stored once the transaction commits, and unknown again if it did not.
    void transactionEnded(bool committed)
    {
        if (committed)
            m_known.unite(m_pending);
        m_pending.clear();
        m_sentNow.clear();
    }
    // Another connection, perhaps to a library restored from a backup: nothing is known.
    void clear()
    {
        m_known.clear();
        m_pending.clear();
        m_sentNow.clear();
    }

private:
    QSet<QString> m_known;
    QSet<QString> m_pending;
    QStringList m_sentNow;
};

} // namespace Careleaf
