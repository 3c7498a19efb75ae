#include "educationlog.h"

#include <QCryptographicHash>

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
    QString out =
        u"printed_at,workstation,procedures,content_versions,sections,preset,copies,output,recorded_by,language\r\n"_s;
    for (const EducationLogEntry &e : entries) {
        const QStringList row{e.printedAt.toUTC().toString(Qt::ISODate),
                              e.workstation,
                              e.procedures.join(u"; "_s),
                              e.contentVersions.join(u"; "_s),
                              e.sections.join(u' '),
                              e.preset,
                              QString::number(e.copies),
                              e.output,
                              e.recordedBy,
                              e.language};
        QStringList fields;
        for (const QString &f : row)
            fields << field(f);
        out += fields.join(u',') + u"\r\n"_s;
    }
    return out;
}

QString seal(const QString &previous, const QString &printedAt, const QString &recordedAt, const QString &recordedBy,
             const QString &workstation, const QString &procedures, const QString &contentVersions,
             const QString &sections, const QString &preset, int copies, const QString &output, const QString &language)
{
    // The fields as text, separated by U+001F (unit separator), which no field holds.
    QStringList fields{previous,   printedAt,       recordedAt, recordedBy, workstation,
                       procedures, contentVersions, sections,   preset,     QString::number(copies),
                       output};
    if (!language.isEmpty())
        fields << language;
    const QString sealed = fields.join(QChar(0x1f));
    return QString::fromLatin1(QCryptographicHash::hash(sealed.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString head(qint64 rows, const QString &lastSeal)
{
    return QString::number(rows) + u' ' + lastSeal;
}

} // namespace Careleaf::EducationLog
