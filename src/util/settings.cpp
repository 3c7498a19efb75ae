#include "settings.h"

#include "libraryaddress.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Careleaf {

namespace {

const QString PresetGroup = u"handout/presets"_s;

// A hand-edited file may hold "120 River Road, Springfield" unquoted, which the INI reader returns
// as a list: taken back as written.
QVariant asWritten(const QVariant &v)
{
    return v.typeId() == QMetaType::QStringList ? QVariant(v.toStringList().join(u", "_s)) : v;
}

} // namespace

Settings::Settings()
    // The same file for the app and the console, whatever the application's own name.
    : m_user(std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, u"Careleaf"_s, u"Careleaf"_s))
{
    // IT's defaults come from XDG_CONFIG_DIRS as the freedesktop.org rules have it; Qt's own
    // system fallback (a fixed /etc/xdg) is not used, so there is one place they come from.
    m_user->setFallbacksEnabled(false);
    const QString dirs = qEnvironmentVariable("XDG_CONFIG_DIRS", u"/etc/xdg"_s);
    for (const QString &dir : dirs.split(u':', Qt::SkipEmptyParts)) {
        const QString file = QDir(dir).filePath(u"Careleaf/Careleaf.conf"_s);
        if (QFileInfo(file).isFile()) {
            m_systemFile = file;
            m_system = std::make_unique<QSettings>(file, QSettings::IniFormat);
            break;
        }
    }
    if (m_system) {
        // "[locked]" as a hand may write it: an INI file's groups are otherwise case-sensitive.
        QVariant locked = m_system->value(u"Locked/settings"_s);
        if (!locked.isValid())
            locked = m_system->value(u"locked/settings"_s);
        for (const QString &entry : locked.typeId() == QMetaType::QStringList
                                        ? locked.toStringList()
                                        : locked.toString().split(u',', Qt::SkipEmptyParts)) {
            if (!entry.trimmed().isEmpty())
                m_locked << entry.trimmed();
        }
    }
}

Settings::~Settings() = default;

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
    if (m_system) {
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

QString Settings::fileOf(Key key) const
{
    const bool users = !isLocked(key) && m_user->value(name(key)).isValid();
    return QDir::toNativeSeparators(users || !m_system ? m_user->fileName() : m_systemFile);
}

QString Settings::libraryLocation(QString *problem) const
{
    // A value no one meant (a typing mistake in IT's file) is said, never taken for this
    // computer's library: the clinic's handouts would be logged where nobody looks.
    const auto refused = [&](Key key, const QString &must) {
        if (problem)
            *problem = tr("the setting %1 is \u201c%2\u201d in %3: %4. Ask IT to correct it.")
                           .arg(name(key), LibraryAddress::withoutPassword(text(key)), fileOf(key), must);
        return QString();
    };
    const QString kind = text(Key::LibraryKind).trimmed().toLower();
    if (kind.isEmpty() || kind == u"file"_s)
        return {};
    if (kind != u"server"_s) // as libraryIsServer() reads it
        return refused(Key::LibraryKind, tr("it must be file or server"));
    int port = 0;
    if (const QString given = text(Key::LibraryPort).trimmed(); !given.isEmpty()) {
        bool ok = false;
        port = given.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return refused(Key::LibraryPort, tr("a port is a number from 1 to 65535"));
    }
    const QString host = text(Key::LibraryHost).trimmed();
    if (std::any_of(host.cbegin(), host.cend(), [](QChar c) { return c.isSpace(); }))
        return refused(Key::LibraryHost, tr("a host name has no spaces"));
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

QMap<QString, QStringList> Settings::userPresets() const
{
    QMap<QString, QStringList> out;
    for (QSettings *s : {m_system.get(), m_user.get()}) {
        if (!s)
            continue;
        s->beginGroup(PresetGroup);
        for (const QString &preset : s->childKeys())
            out.insert(preset, s->value(preset).toStringList());
        s->endGroup();
    }
    return out;
}

void Settings::setUserPreset(const QString &name, const QStringList &sections)
{
    m_user->setValue(PresetGroup + u'/' + name, sections);
}

void Settings::removeUserPreset(const QString &name)
{
    m_user->remove(PresetGroup + u'/' + name);
}

} // namespace Careleaf
