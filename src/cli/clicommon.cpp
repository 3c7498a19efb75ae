#include "clicommon.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Careleaf::Cli {

QString tr(const char *s, const char *disambiguation, int n)
{
    return QCoreApplication::translate("Careleaf::Cli", s, disambiguation, n);
}

Parsed parseArgs(const QStringList &args, const QStringList &valueOptions, const QStringList &flagOptions)
{
    Parsed p;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (optionsEnded || !a.startsWith(u"--"_s) || a == u"-"_s) {
            p.positional << a;
            continue;
        }
        if (a == u"--"_s) {
            optionsEnded = true;
            continue;
        }
        QString name = a.mid(2);
        QString value;
        bool hasInlineValue = false;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasInlineValue = true;
        }
        if (valueOptions.contains(name)) {
            if (!hasInlineValue) {
                if (i + 1 >= args.size()) {
                    p.error = tr("option --%1 needs a value").arg(name);
                    return p;
                }
                value = args.at(++i);
            }
            p.values.insert(name, value);
        } else if (flagOptions.contains(name) && !hasInlineValue) {
            p.flags.insert(name);
        } else {
            p.error = tr("unknown option --%1").arg(name);
            return p;
        }
    }
    return p;
}

QJsonDocument::JsonFormat jsonFormat()
{
    return QJsonDocument::Indented;
}

void printJson(QTextStream &out, const QJsonValue &v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    out << QString::fromUtf8(doc.toJson(jsonFormat()));
}

QString codeColumn(const QString &system, const QString &code)
{
    return (system.isEmpty() ? u"-"_s : system) + u'\t' + (code.isEmpty() ? u"-"_s : code);
}

QString plainSnippet(QString s)
{
    s.remove(highlightStart);
    s.remove(highlightEnd);
    return s;
}

} // namespace Careleaf::Cli
