#include "clicommon.h"

#include "filenames.h"
#include "languages.h"
#include "procedurehtml.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

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
        } else if (name == u"db"_s) {
            p.error = tr("--db goes before the command: careleaf-cli --db LOCATION COMMAND ...");
            return p;
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

QString printable(const QString &text)
{
    // Direction controls as the reading pane shows them ("[U+202E]"); control characters "\x0A".
    const QString shown = ProcedureHtml::shownText(text);
    const auto control = [](QChar c) { return c.category() == QChar::Other_Control; };
    if (std::none_of(shown.cbegin(), shown.cend(), control))
        return shown;
    QString out;
    for (QChar c : shown)
        out += control(c) ? u"\\x"_s + QString::number(c.unicode(), 16).rightJustified(2, u'0').toUpper() : QString(c);
    return out;
}

QString plainSnippet(QString s)
{
    s.remove(highlightStart);
    s.remove(highlightEnd);
    return s;
}

std::optional<Procedure> Context::resolveOne(const QString &key, const QString &language, int *failure)
{
    *failure = Problems;
    const auto unreadable = [&](const QString &message) {
        err << "careleaf-cli: " << message << Qt::endl;
        *failure = UsageOrDatabase;
        return std::nullopt;
    };
    QString error;
    const QList<qint64> ids = store->resolve(key, &error);
    if (!error.isEmpty())
        return unreadable(tr("\"%1\" cannot be looked up: the library cannot be read (%2)").arg(key, error));
    if (ids.isEmpty()) {
        err << "careleaf-cli: " << tr("no procedure matches \"%1\"").arg(key) << Qt::endl;
        return std::nullopt;
    }
    // What KEY found, with every version of it in another language.
    QList<qint64> all;
    for (qint64 id : ids) {
        for (qint64 version : store->versions(id)) {
            if (!all.contains(version))
                all << version;
        }
    }
    QList<Procedure> found;
    for (qint64 id : std::as_const(all)) {
        std::optional<Procedure> p = store->procedure(id, &error);
        if (!p && error.isEmpty()) { // taken out meanwhile, by another import
            err << "careleaf-cli: " << tr("no procedure matches \"%1\"").arg(key) << Qt::endl;
            return std::nullopt;
        }
        if (!p)
            return unreadable(tr("procedure %1 cannot be read from the library: %2").arg(id).arg(error));
        found << *p;
    }
    QStringList choices;
    for (const Procedure &p : std::as_const(found)) {
        // A key that works: SYSTEM:CODE, or the id where the document gives no code.
        const QString choice = p.code.isEmpty() ? u"%1 (%2)"_s.arg(p.id).arg(p.title) : p.codeSystem + u':' + p.code;
        if (!choices.contains(choice))
            choices << choice;
    }
    if (std::any_of(found.cbegin(), found.cend(), [&found](const Procedure &p) {
            return p.identityInAnyLanguage() != found.first().identityInAnyLanguage();
        })) {
        err << "careleaf-cli: " << tr("\"%1\" is ambiguous; use one of: %2").arg(key, choices.join(u", "_s))
            << Qt::endl;
        return std::nullopt;
    }
    // One procedure, in one language or several.
    if (!language.isEmpty()) {
        if (const Procedure *version = Procedure::versionIn(found, language))
            return *version;
        QStringList have;
        for (const Procedure &p : std::as_const(found))
            have << p.language;
        err << "careleaf-cli: "
            << tr("%1 is not in the library in \u201c%2\u201d (it is in: %3)")
                   .arg(choices.first(), language, have.join(u", "_s))
            << Qt::endl;
        return std::nullopt;
    }
    if (const Procedure *english = Procedure::versionIn(found, Procedure::DefaultLanguage))
        return *english;
    return found.first();
}

QString Context::textProblem(const QString &what, const QString &text, bool lines)
{
    if (FileNames::keepsBytes(text))
        return tr("%1 is not UTF-8 text").arg(what); // not echoed: it may hold a terminal's escapes too
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7F && u <= 0x9F);
        if (control && !(lines && (u == u'\t' || u == u'\n' || u == u'\r')))
            return tr("%1 holds a control character (U+%2), which would be printed otherwise than typed")
                .arg(what, u"%1"_s.arg(u, 4, 16, QChar(u'0')).toUpper());
    }
    return {};
}

bool Context::languageOption(const Parsed &p, QString *code)
{
    code->clear();
    if (!p.values.contains(u"language"_s))
        return true;
    const QString given = p.values.value(u"language"_s);
    if (const Languages::Language *language = Languages::closest(given)) {
        *code = language->code;
        return true;
    }
    (void)usage(tr("--language: \u201c%1\u201d is not a language Careleaf knows (known: %2)")
                    .arg(given, Languages::knownCodes()));
    return false;
}

} // namespace Careleaf::Cli
