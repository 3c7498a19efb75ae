// The versions of one procedure in several languages. Each document is a row of its own (its
// identity carries its language, so updating the Spanish text never touches the English one);
// the rows of one family (the identity every language shares) are one procedure. The family's
// first row (English, or the first imported) is the one lists and search show: it holds the
// names and text of every version for the index, so Spanish words find it; the others point at
// it (version_of) and hold no words for the index (their code and descriptor are not indexed
// either, on SQLite through the procedure_text view).
#include "librarystore.h"
#include "procedurejson.h"
#include "storeinternals.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Careleaf {

using namespace StoreInternals;

namespace {

void append(QString *to, const QString &text, const QString &separator)
{
    if (text.isEmpty())
        return;
    if (!to->isEmpty())
        *to += separator;
    *to += text;
}

} // namespace

QString LibraryStore::groupVersions(const QString &family, int format)
{
    QSqlDatabase database = db();
    // Most families have one language: two index lookups, and nothing to do.
    if (!m_familyRows) {
        m_familyRows = std::make_unique<QSqlQuery>(database);
        m_familyRows->setForwardOnly(true);
        m_familyRows->prepare(u"SELECT id, version_of FROM procedures WHERE family = ? LIMIT 2"_s);
    }
    QSqlQuery &rowsOf = *m_familyRows;
    rowsOf.addBindValue(family);
    if (!rowsOf.exec())
        return m_connection->explain(rowsOf.lastError());
    int rows = 0;
    bool grouped = false;
    while (rowsOf.next()) {
        ++rows;
        grouped = grouped || !rowsOf.value(1).isNull();
    }
    rowsOf.finish();
    if (rows < 2 && !grouped)
        return {};

    QSqlQuery q(database);
    q.setForwardOnly(true);

    q.prepare(u"SELECT id, document FROM procedures WHERE family = ?"_s);
    q.addBindValue(family);
    if (!q.exec())
        return m_connection->explain(q.lastError());
    QList<Procedure> versions;
    while (q.next()) {
        std::optional<Procedure> p =
            ProcedureJson::fromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
        if (!p)
            return tr("procedure %1: its stored document cannot be read").arg(q.value(0).toLongLong());
        p->id = q.value(0).toLongLong();
        versions << *p;
    }
    q.finish();
    if (versions.isEmpty())
        return {};
    std::sort(versions.begin(), versions.end(), [](const Procedure &a, const Procedure &b) {
        return versionOrder(a.language, a.id) < versionOrder(b.language, b.id);
    });

    const Procedure &first = versions.first();
    IndexedText all = indexedText(first);
    const QStringList names = familyNames(versions);
    for (const Procedure &other : versions.mid(1)) {
        const IndexedText text = indexedText(other);
        append(&all.names, text.names, u"\n"_s);
        // A part for every version, empty or not, so that both columns' parts are the same
        // versions' (SearchEngine::addSnippets).
        all.about += Procedure::VersionSeparator + text.about;
        all.body += Procedure::VersionSeparator + text.body;
    }
    QList<qint64> ids;
    for (const Procedure &p : std::as_const(versions))
        ids << p.id;
    if (const QSqlError err = writeHeldBackBeforeUpdating(ids); err.isValid())
        return m_connection->explain(err);
    const QString setIndex = setIndexColumns();
    QSqlQuery write(database);
    write.prepare(u"UPDATE procedures SET names = ?, about = ?, body = ?, version_of = ?"_s + setIndex +
                  u" WHERE id = ?"_s);
    for (const Procedure &p : std::as_const(versions)) {
        const bool isFirst = p.id == first.id;
        const IndexedText text = isFirst ? all : IndexedText{u""_s, u""_s, u""_s, u""_s, u""_s};
        write.addBindValue(text.names);
        write.addBindValue(text.about);
        write.addBindValue(text.body);
        write.addBindValue(isFirst ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(first.id));
        // The name keys (and the engine's word lists) of the first are the family's; the others have none.
        const IndexEntries entries =
            isFirst ? m_index->entries(text, names, p.code.toLower()) : m_index->entries(text, {}, QString());
        for (const QVariant &value : entries.rowValues)
            write.addBindValue(value);
        write.addBindValue(p.id);
        if (!write.exec())
            return m_connection->explain(write.lastError());
        const QSqlError err = m_index->write(p.id, entries, true, format);
        if (err.isValid())
            return m_connection->explain(err);
    }
    return {};
}

} // namespace Careleaf
