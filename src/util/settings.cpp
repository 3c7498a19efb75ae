#include "settings.h"

#include "filenames.h"
#include "libraryaddress.h"
#include "translations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Careleaf {

namespace {

const QString PresetGroup = u"handout/presets"_s;

// "[Locked]" and its "settings" in any case, as a hand may write them: an INI file's groups and
// keys are otherwise case-sensitive.
bool lockGroup(const QString &group)
{
    return group.compare(u"Locked"_s, Qt::CaseInsensitive) == 0;
}

bool isSettingName(const QString &name)
{
    static const QSet<QString> names = [] {
        QSet<QString> all;
        for (int k = 0; k <= int(Settings::Key::Last); ++k)
            all.insert(Settings::name(Settings::Key(k)));
        return all;
    }();
    return names.contains(name);
}

// A hand-edited file may hold "120 River Road, Springfield" unquoted, which the INI reader returns
// as a list: taken back as written.
QVariant asWritten(const QVariant &v)
{
    return v.typeId() == QMetaType::QStringList ? QVariant(v.toStringList().join(u", "_s)) : v;
}

} // namespace

Settings::Settings()
    // The same file for the app and the console, whatever the application's own name: the one
    // Qt's user scope keeps, named, so Qt reads no file of XDG_CONFIG_DIRS as its fallbacks (it
    // read them as it was made, before they could be turned off: IT's file that is a named pipe
    // made every start wait for ever). IT's defaults are read below, one place they come from.
    : m_user(std::make_unique<QSettings>(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                                             u"/Careleaf/Careleaf.conf"_s,
                                         QSettings::IniFormat))
{
    for (const QString &dir : systemFolders()) {
        const QString file = QDir(dir).filePath(u"Careleaf/Careleaf.conf"_s);
        // One that is there but cannot be reached (a link to nothing, a share not mounted; its
        // folder closed to this user) is IT's file unread, not none: its locks are unknown.
        const QFileInfo folder(QDir(dir).filePath(u"Careleaf"_s));
        if (FileNames::kindOf(file) != FileNames::Kind::Missing || (folder.isDir() && !folder.isExecutable())) {
            readSystemFile(file);
            break;
        }
    }
}

Settings::~Settings() = default;

QStringList Settings::systemFolders()
{
    // Unset or empty, it is /etc/xdg; a relative folder is none (freedesktop.org).
    QStringList folders = qEnvironmentVariable("XDG_CONFIG_DIRS").split(u':', Qt::SkipEmptyParts);
    folders.removeIf([](const QString &folder) { return !QDir::isAbsolutePath(folder); });
    return folders.isEmpty() ? QStringList{u"/etc/xdg"_s} : folders;
}

void Settings::readSystemFile(const QString &file)
{
    m_systemFile = QDir::toNativeSeparators(file);
    QFile f(file);
    // (A named pipe is never opened: that would wait for a writer for ever.)
    if (const QString why = FileNames::openToRead(f); !why.isEmpty()) {
        // IT's defaults and locks unknown: the library it may have set among them is too.
        m_problems.append({tr("%1 cannot be read (%2)").arg(m_systemFile, why), true});
        return;
    }
    checkSystemFileLines(f.readAll());
    m_system = std::make_unique<QSettings>(file, QSettings::IniFormat);
}

// IT's file read line by line as QSettings reads an INI file: "[group]" ("[General]" is none),
// "name=value", blank lines, comments from a ';' outside quotation marks to the end of the line
// (and, as people write them, lines starting with '#'), a value in quotation marks that may run
// over lines, a line ending in a backslash going on. What QSettings would read otherwise than IT
// meant, or ignore, is a problem; one where the library may be set or locked keeps any library
// from opening.
void Settings::checkSystemFileLines(QByteArray bytes)
{
    const QStringList groups{u"letterhead"_s, u"library"_s, u"handout"_s, PresetGroup, u"mainWindow"_s, u"view"_s};
    static const QStringList libraryNames{u"kind"_s, u"host"_s, u"port"_s, u"database"_s, u"user"_s};
    const auto problem = [this](int line, const QString &why, bool aboutLibrary) {
        m_problems.append({tr("%1: line %2: %3").arg(m_systemFile, QString::number(line), why), aboutLibrary});
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) // a byte-order mark, which QSettings passes over
        bytes.remove(0, 3);
    QString group;
    // Bytes that are not UTF-8 read as U+FFFD: a line whose setting holds one (its comment aside)
    // is said and not read.
    const QStringList lines = QString::fromUtf8(bytes).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int number = int(i) + 1;
        // The line to its comment, and on over lines while a quotation mark or a backslash says so.
        QString line;
        bool quoted = false;
        for (;; ++i) {
            const QString &physical = lines.at(i);
            bool comment = false;
            for (const QChar c : physical) {
                if (c == u'"')
                    quoted = !quoted;
                else if (c == u';' && !quoted)
                    comment = true;
                if (comment)
                    break;
                line += c;
            }
            const bool goesOn = quoted || (!comment && line.trimmed().endsWith(u'\\'));
            if (!goesOn || i + 1 >= lines.size())
                break;
            if (line.trimmed().endsWith(u'\\'))
                line = line.trimmed().chopped(1);
            line += u' ';
        }
        line = line.trimmed();
        if (quoted) {
            problem(number,
                    tr("a quotation mark is not closed: the rest of the file would be read as this line's value"),
                    true);
            return;
        }
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        // A mistake where the library may be set, or locked: the library IT meant is unknown.
        const bool library =
            group.isEmpty() || group.compare(u"library"_s, Qt::CaseInsensitive) == 0 || lockGroup(group);

        if (line.startsWith(u'[')) {
            if (!line.endsWith(u']') || line.size() < 3) {
                problem(number, tr("a group is written [name]"), true);
                group = u"?"_s; // what follows belongs to no group Careleaf knows
                continue;
            }
            group = line.mid(1, line.size() - 2).trimmed();
            if (group.compare(u"General"_s, Qt::CaseInsensitive) == 0)
                group.clear();
            if (group.contains(u'=') || group.contains(u"password"_s, Qt::CaseInsensitive)) {
                problem(number, tr("a group's name holds a value"), true); // never shown: a password?
                group = u"?"_s;
            } else if (!group.isEmpty() && !lockGroup(group) && !groups.contains(group)) {
                problem(number, tr("Careleaf has no group [%1]").arg(group), false);
            }
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0) {
            problem(number, tr("this line is neither a setting (name=value) nor a [group]"), library);
            continue;
        }
        QString key = line.left(equals).trimmed().replace(u'\\', u'/');
        const QString leaf = key.section(u'/', -1);
        if (!group.isEmpty())
            key.prepend(group + u'/');
        QString value = line.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2);
        if (line.contains(QChar::ReplacementCharacter)) {
            // A file saved in another encoding (Latin-1's "Clínica San José" printed "Cl�nica San
            // Jos"): the value is not read.
            problem(number, tr("this line is not UTF-8 text (save the file as UTF-8): %1 is not read").arg(key),
                    library || key.startsWith(u"library/"_s, Qt::CaseInsensitive));
            m_unreadable << key;
            continue;
        }
        if (leaf.contains(u"password"_s, Qt::CaseInsensitive)) {
            problem(number,
                    tr("Careleaf never reads a password from its settings: it belongs in each user's ~/.pgpass or "
                       "a PostgreSQL service file"),
                    true);
        } else if (leaf.compare(u"settings"_s, Qt::CaseInsensitive) == 0 && lockGroup(key.section(u'/', 0, -2))) {
            // Every line of every [Locked] group locks what it names (QSettings keeps the last line
            // of a name alone), "Locked\settings=" in [General] too. A list written as
            // freedesktop.org's files write them ("letterhead;handout") has its names after a ';'
            // locked as well, quoted or not, and said: unquoted, this file's reader takes the ';' for
            // a comment's start: the comment, on the line's last physical line, is read for them.
            QString list = QString(value).remove(u'"');
            if (const QString &physical = lines.at(i); physical.contains(u';') && !list.contains(u';')) {
                qsizetype from = physical.indexOf(u';'); // with the spaces before it (a comment's start)
                while (from > 0 && physical.at(from - 1).isSpace())
                    --from;
                list += physical.mid(from);
            }
            // A lock that names nothing Careleaf has: the setting IT meant to lock is not locked.
            const auto noSetting = [&](const QString &name) {
                problem(number, tr("[Locked] names \u201c%1\u201d, which is no setting or group of Careleaf").arg(name),
                        true);
            };
            const QStringList parts = list.split(u';');
            for (const QString &entry : parts.first().split(u',', Qt::SkipEmptyParts)) {
                const QString locked = entry.trimmed();
                if (locked.isEmpty())
                    continue;
                if (!isSettingName(locked) && !groups.contains(locked))
                    noSetting(locked);
                m_locked << locked;
            }
            // After a ';' a name that is no setting is said as one before it is, where the ';'
            // follows a name, as in such a list ("letterhead;libary"); after a space a ';' starts a
            // comment ("letterhead ; IT"), and so do words with spaces between them.
            static const QRegularExpression oneName(uR"(^[A-Za-z][A-Za-z0-9_/]*$)"_s);
            bool more = false;
            for (qsizetype k = 1; k < parts.size(); ++k) {
                const QString &before = parts.at(k - 1);
                const bool goesOn = !before.isEmpty() && !before.back().isSpace();
                for (const QString &entry : parts.at(k).split(u',', Qt::SkipEmptyParts)) {
                    const QString locked = entry.trimmed();
                    if (isSettingName(locked) || groups.contains(locked)) {
                        m_locked << locked;
                        more = true;
                    } else if (goesOn && oneName.match(locked).hasMatch()) {
                        noSetting(locked);
                    }
                }
            }
            if (more)
                problem(number,
                        tr("settings to lock are written apart by commas: those after the \u2018;\u2019 are locked "
                           "too"),
                        false);
        } else if (key.startsWith(PresetGroup + u'/')) {
            // IT's own presets, by any name: their sections are checked where they are known.
            QStringList sections;
            for (const QString &entry : value.split(u',', Qt::SkipEmptyParts)) {
                if (const QString section = entry.trimmed().remove(u'"'); !section.isEmpty())
                    sections << section;
            }
            m_presetLines.append({number, key.mid(PresetGroup.size() + 1), sections});
        } else if (key == name(Key::Language) && !value.isEmpty() && !TranslationScope::hasTranslation(value)) {
            problem(number,
                    tr("%1 is \u201c%2\u201d, a language Careleaf has no translation into (it has: %3): it speaks "
                       "English")
                        .arg(key, value, translatedLanguages().join(u", "_s)),
                    false);
        } else if (!isSettingName(key)) {
            // Under a misspelt group ("[libary]") a library's setting is still one.
            const bool aboutLibrary = library || key.startsWith(u"library/"_s, Qt::CaseInsensitive) ||
                                      libraryNames.contains(leaf, Qt::CaseInsensitive);
            if (aboutLibrary || group.isEmpty() || groups.contains(group)) // else said of its group
                problem(number, tr("Careleaf has no setting %1").arg(key), aboutLibrary);
        } else if (key == name(Key::PaperSize) && !value.isEmpty() &&
                   value.compare(u"A4"_s, Qt::CaseInsensitive) != 0 &&
                   value.compare(u"Letter"_s, Qt::CaseInsensitive) != 0) {
            problem(number, tr("%1 is \u201c%2\u201d: it must be A4 or Letter").arg(key, value), false);
        }
    }
}

QStringList Settings::systemFileWarnings(const QStringList &sectionKeys) const
{
    QStringList out;
    for (const FileProblem &p : m_problems) {
        if (!p.aboutLibrary)
            out << p.text;
    }
    if (sectionKeys.isEmpty())
        return out;
    for (const PresetLine &preset : m_presetLines) {
        const QString where = tr("%1: line %2: ").arg(m_systemFile, QString::number(preset.line));
        if (preset.sections.isEmpty())
            out << where + tr("the preset \u201c%1\u201d names no section: there is no such preset").arg(preset.name);
        const auto known = [&sectionKeys](const QString &section) { return sectionKeys.contains(section); };
        if (!preset.sections.isEmpty() && std::none_of(preset.sections.cbegin(), preset.sections.cend(), known)) {
            out << where + tr("the preset \u201c%1\u201d names no section Careleaf has (%2; sections are: %3): there "
                              "is no such preset")
                               .arg(preset.name, preset.sections.join(u", "_s), sectionKeys.join(u", "_s));
            continue;
        }
        for (const QString &section : preset.sections) {
            if (!sectionKeys.contains(section))
                out << where + tr("the preset \u201c%1\u201d names \u201c%2\u201d, which is no section (sections "
                                  "are: %3): the preset prints without it")
                                   .arg(preset.name, section, sectionKeys.join(u", "_s));
        }
    }
    return out;
}

QString Settings::systemText(Key key) const
{
    return m_system && !m_unreadable.contains(name(key)) ? asWritten(m_system->value(name(key))).toString() : QString();
}

QString Settings::name(Key key)
{
    switch (key) {
    case Key::ClinicName:
        return u"letterhead/clinicName"_s;
    case Key::ClinicAddress:
        return u"letterhead/address"_s;
    case Key::ClinicPhone:
        return u"letterhead/phone"_s;
    case Key::LogoFile:
        return u"letterhead/logoFile"_s;
    case Key::AccentColor:
        return u"letterhead/accentColor"_s;
    case Key::LibraryKind:
        return u"library/kind"_s;
    case Key::LibraryHost:
        return u"library/host"_s;
    case Key::LibraryPort:
        return u"library/port"_s;
    case Key::LibraryDatabase:
        return u"library/database"_s;
    case Key::LibraryUser:
        return u"library/user"_s;
    case Key::DefaultPreset:
        return u"handout/defaultPreset"_s;
    case Key::PaperSize:
        return u"handout/paper"_s;
    case Key::WindowGeometry:
        return u"mainWindow/geometry"_s;
    case Key::WindowState:
        return u"mainWindow/state"_s;
    case Key::SplitterState:
        return u"mainWindow/splitter"_s;
    case Key::ZoomPercent:
        return u"view/zoomPercent"_s;
    case Key::Language:
        return u"view/language"_s;
    case Key::PdfFolder:
        return u"handout/pdfFolder"_s;
    }
    return {};
}

bool Settings::lockedName(const QString &name) const
{
    for (const QString &locked : m_locked) {
        if (name == locked || name.startsWith(locked + u'/'))
            return true;
    }
    return false;
}

bool Settings::isLocked(Key key) const
{
    return lockedName(name(key));
}

QVariant Settings::value(Key key, const QVariant &fallback) const
{
    const QString n = name(key);
    if (!isLocked(key)) {
        if (const QVariant v = m_user->value(n); v.isValid())
            return asWritten(v);
    }
    if (m_system && !m_unreadable.contains(n)) {
        if (const QVariant v = m_system->value(n); v.isValid())
            return asWritten(v);
    }
    return fallback;
}

QString Settings::text(Key key, const QString &fallback) const
{
    return value(key, fallback).toString();
}

bool Settings::setValue(Key key, const QVariant &value)
{
    if (isLocked(key))
        return false;
    m_user->setValue(name(key), value);
    return true;
}

QString Settings::path(Key key) const
{
    return pathIn(text(key), fileOf(key));
}

QString Settings::pathIn(const QString &value, const QString &settingsFile)
{
    const QString given = value.trimmed();
    // "~/logo.png", "~/Documents": the home folder, as a shell and a file dialog read it.
    if (given == u"~"_s || given.startsWith(u"~/"_s))
        return QDir::cleanPath(QDir::homePath() + given.mid(1));
    if (given.isEmpty() || QDir::isAbsolutePath(given))
        return given;
    // Relative to the file it is written in, wherever Careleaf is started from.
    return QDir::cleanPath(QFileInfo(QDir::fromNativeSeparators(settingsFile)).absoluteDir().filePath(given));
}

QString Settings::userFile() const
{
    return QDir::toNativeSeparators(m_user->fileName());
}

QString Settings::fileOf(Key key) const
{
    const bool users = !isLocked(key) && m_user->value(name(key)).isValid();
    return users || !m_system ? userFile() : QDir::toNativeSeparators(m_systemFile);
}

QString Settings::libraryLocation(QString *problem) const
{
    // A value no one meant (a typing mistake in IT's file) is said, never taken for this
    // computer's library: the clinic's handouts would be logged where nobody looks.
    // Who corrects it: IT its own file, the user theirs.
    const auto whoCorrects = [&](Key key) {
        return fileOf(key) == userFile() ? tr("Correct it in Preferences.") : tr("Ask IT to correct it.");
    };
    const auto refused = [&](Key key, const QString &must) {
        if (problem)
            *problem = tr("the setting %1 is \u201c%2\u201d in %3: %4.")
                           .arg(name(key), LibraryAddress::withoutPassword(text(key)), fileOf(key), must) +
                       u' ' + whoCorrects(key);
        return QString();
    };
    // A name that holds more than a name ("bob password=...", "bob:secret", "db Sekr3t"): said
    // without its value, which could be a password.
    const auto moreThanAName = [&](Key key) {
        if (problem)
            *problem = tr("the setting %1 in %2 holds more than a name (a password?): a name alone goes there, "
                          "and no password.")
                           .arg(name(key), fileOf(key)) +
                       u' ' + whoCorrects(key);
        return QString();
    };
    for (const FileProblem &p : m_problems) {
        if (p.aboutLibrary) {
            if (problem)
                *problem = tr("%1. Until it is corrected, no library is opened: ask IT to correct it.").arg(p.text);
            return {};
        }
    }
    const QString kind = text(Key::LibraryKind).trimmed().toLower();
    if (kind == u"file"_s || (kind.isEmpty() && !value(Key::LibraryKind).isValid()))
        return {};
    if (kind != u"server"_s) // as libraryIsServer() reads it
        return refused(Key::LibraryKind, tr("it must be file or server"));
    for (const Key key : {Key::LibraryDatabase, Key::LibraryUser}) {
        const QString given = text(key).trimmed();
        if (std::any_of(given.cbegin(), given.cend(), [](QChar c) { return c.isSpace() || c == u'=' || c == u':'; }))
            return moreThanAName(key);
    }
    int port = 0;
    if (const QString given = text(Key::LibraryPort).trimmed(); !given.isEmpty()) {
        bool ok = false;
        port = given.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return refused(Key::LibraryPort, tr("a port is a number from 1 to 65535"));
    }
    const QString host = text(Key::LibraryHost).trimmed();
    if (std::any_of(host.cbegin(), host.cend(), [](QChar c) { return c.isSpace(); }))
        return moreThanAName(Key::LibraryHost);
    // "db.clinic:5433", "http://db": no address can be made of it, which would mean this computer.
    const QString url =
        LibraryAddress::serverUrl(host, port > 0 ? port : 5432, text(Key::LibraryDatabase), text(Key::LibraryUser));
    if (url.isEmpty() || host.contains(u':') || host.contains(u'/') || (!host.isEmpty() && QUrl(url).host().isEmpty()))
        return refused(Key::LibraryHost, tr("a host name is a name or an address alone, without a port or a scheme"));
    return url;
}

bool Settings::libraryIsServer() const
{
    return text(Key::LibraryKind).trimmed().compare(u"server"_s, Qt::CaseInsensitive) == 0;
}

QMap<QString, QStringList> Settings::userPresets(const QStringList &sectionKeys) const
{
    QMap<QString, QStringList> out;
    QSet<QString> its; // IT's presets: as IT wrote them, whatever the user's file says
    for (QSettings *s : {m_system.get(), m_user.get()}) {
        if (!s)
            continue;
        const bool users = s == m_user.get();
        s->beginGroup(PresetGroup);
        for (const QString &preset : s->childKeys()) {
            if (users ? its.contains(preset) || presetLocked(preset)
                      : m_unreadable.contains(PresetGroup + u'/' + preset))
                continue;
            if (!users)
                its.insert(preset);
            QStringList sections;
            for (const QString &section : s->value(preset).toStringList()) {
                if (const QString key = section.trimmed();
                    !key.isEmpty() && (sectionKeys.isEmpty() || sectionKeys.contains(key)))
                    sections << key;
            }
            if (!sections.isEmpty()) // "mine=" is no preset
                out.insert(preset, sections);
        }
        s->endGroup();
    }
    return out;
}

bool Settings::isSystemPreset(const QString &name) const
{
    return m_system && m_system->contains(PresetGroup + u'/' + name);
}

bool Settings::presetLocked(const QString &name) const
{
    return lockedName(PresetGroup + u'/' + name);
}

void Settings::setUserPreset(const QString &name, const QStringList &sections)
{
    if (!isSystemPreset(name) && !presetLocked(name))
        m_user->setValue(PresetGroup + u'/' + name, sections);
}

void Settings::removeUserPreset(const QString &name)
{
    if (!isSystemPreset(name) && !presetLocked(name))
        m_user->remove(PresetGroup + u'/' + name);
}

} // namespace Careleaf
