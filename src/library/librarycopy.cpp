#include "librarycopy.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Careleaf {

QString CopyReport::summaryLine() const
{
    return u"copied %1: imported %2, updated %3, unchanged %4"_s.arg(total()).arg(imported).arg(updated).arg(unchanged);
}

CopyReport LibraryCopy::copy(LibraryStore &from, LibraryStore &to, const std::function<bool(int, int)> &progress)
{
    CopyReport report;
    if (const QString refusal = to.connection().importRefusal(); !refusal.isEmpty()) {
        report.error = tr("%1 cannot receive procedures: %2").arg(to.connection().displayName(), refusal);
        return report;
    }
    // Every procedure of the source or nothing: a list cut short would publish part of a library.
    QString listError;
    const QList<ProcedureSummary> all = from.list(&listError, true); // each language's version too
    if (!listError.isEmpty()) {
        report.error = tr("%1 cannot be read: %2. Nothing was copied.").arg(from.connection().displayName(), listError);
        return report;
    }
    LibraryStore::Batch batch(to);
    if (!batch.error().isEmpty()) {
        report.error = tr("%1 cannot be written: %2").arg(to.connection().displayName(), batch.error());
        return report;
    }
    const auto abandon = [&](const QString &why) { // the batch rolls back as it goes
        report = CopyReport{};
        report.error = why + u' ' + tr("Nothing was copied.");
        return report;
    };
    int done = 0;
    for (const ProcedureSummary &s : all) {
        const std::optional<Procedure> p = from.procedure(s.id);
        if (!p)
            return abandon(tr("procedure %1 (%2) cannot be read from %3.")
                               .arg(s.id)
                               .arg(s.title, from.connection().displayName()));
        QString error;
        if (!report.count(to.store(*p, &error, true)))
            return abandon(tr("%1 (%2 %3): %4").arg(s.title, s.codeSystem, s.code, error));
        ++done;
        if (progress && done % 200 == 0 && !progress(done, int(all.size())))
            return abandon(tr("The copy was cancelled."));
    }
    if (const QString err = batch.commit(); !err.isEmpty()) {
        report = CopyReport{};
        report.error = tr("%1 did not keep the copy: %2 Nothing was copied.").arg(to.connection().displayName(), err);
        return report;
    }
    to.mergeSearchIndex(report.written());
    to.afterManyWrites();
    return report;
}

} // namespace Careleaf

namespace Careleaf {} // namespace Careleaf
