#include "educationlog.h"

using namespace Qt::StringLiterals;

namespace Careleaf::EducationLog {

namespace {

QString field(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r'))
        return s;
    return u'"' + QString(s).replace(u"\""_s, u"\"\""_s) + u'"';
}

} // namespace

QString toCsv(const QList<EducationLogEntry> &entries)
{
    QString out = u"printed_at,workstation,procedures,content_versions,sections,preset,copies,output\r\n"_s;
    for (const EducationLogEntry &e : entries) {
        const QStringList row{e.printedAt.toUTC().toString(Qt::ISODate),
                              e.workstation,
                              e.procedures.join(u"; "_s),
                              e.contentVersions.join(u"; "_s),
                              e.sections.join(u' '),
                              e.preset,
                              QString::number(e.copies),
                              e.output};
        QStringList fields;
        for (const QString &f : row)
            fields << field(f);
        out += fields.join(u',') + u"\r\n"_s;
    }
    return out;
}

} // namespace Careleaf::EducationLog
