// Every setting Careleaf keeps, in one place: the desktop app and careleaf-cli share them.
//
//   ~/.config/Careleaf/Careleaf.conf            the user's own (XDG_CONFIG_HOME)
//   /etc/xdg/Careleaf/Careleaf.conf              defaults for every user of the computer, set by IT
//                                                (each folder of XDG_CONFIG_DIRS, the first wins)
//
// A value comes from the user's file, else from IT's defaults, else Careleaf's own. IT can lock a
// setting: a [Locked] group in its file lists settings (or whole groups) in its "settings" key
// (every such line counts),
//
//   [Locked]
//   settings=letterhead, library, handout/defaultPreset
//
// and then IT's value is the value, whatever the user's file says, and the app shows the setting
// greyed with "Set by your administrator".
//
// Nothing about a patient is ever a setting.
#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace Careleaf {

class Settings
{
    Q_DECLARE_TR_FUNCTIONS(Careleaf::Settings)
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class Key
    {
        ClinicName,
        ClinicAddress,
        ClinicPhone,
        LogoFile,
        AccentColor,
        LibraryKind, // "file" (this computer) or "server"
        LibraryHost,
        LibraryPort,
        LibraryDatabase,
        LibraryUser,
        DefaultPreset, // the preset a handout starts with (the last one chosen, or IT's)
        PaperSize,     // "a4" or "letter"; empty: as the locale has it
        WindowGeometry,
        WindowState,
        SplitterState,
        ZoomPercent,
        Language,  // the language Careleaf speaks (BCP 47); empty: the system's
        PdfFolder, // where Export PDF starts: the folder of the last PDF saved (or IT's)
        Last = PdfFolder,
    };

    // The user's settings with IT's defaults and locks, as found in the environment now.
    Settings();
    ~Settings();

    // "letterhead/clinicName": the name of the key in the files.
    [[nodiscard]] static QString name(Key key);

    [[nodiscard]] QVariant value(Key key, const QVariant &fallback = {}) const;
    [[nodiscard]] QString text(Key key, const QString &fallback = {}) const;
    // Writes the user's value; false (and nothing written) when IT locked the setting.
    bool setValue(Key key, const QVariant &value);
    [[nodiscard]] bool isLocked(Key key) const;
    // What the app shows beside a locked setting.
    [[nodiscard]] static QString lockedNote() { return tr("Set by your administrator"); }

    // The library the app opens when neither --db nor CARELEAF_DB names one: empty for this
    // computer's own library, or the clinic server's address (never with a password). A library
    // setting that means neither (a kind other than file or server, a port out of range, a host,
    // user or database with more than a name in it), or IT's file where it cannot be read as meant
    // (systemFileWarnings()), gives no location, and *problem names the setting or line and the
    // file (and a value only where it cannot be a password).
    [[nodiscard]] QString libraryLocation(QString *problem = nullptr) const;
    // Whether the library setting names the clinic server ("server", in any case).
    [[nodiscard]] bool libraryIsServer() const;
    // The file a setting's value comes from: the user's, or IT's.
    [[nodiscard]] QString fileOf(Key key) const;
    // The file the user's settings are kept in (~/.config/Careleaf/Careleaf.conf).
    [[nodiscard]] QString userFile() const;
    // A setting that names a file or folder (the letterhead's logo, the PDF folder): "~/" is the
    // home folder's, another relative name the one beside the settings file it is written in
    // (IT's logo.png beside IT's Careleaf.conf).
    [[nodiscard]] QString path(Key key) const;
    // value, a file's name as path() reads it when written in settingsFile.
    [[nodiscard]] static QString pathIn(const QString &value, const QString &settingsFile);

    // The user's handout presets (name -> section keys); IT may ship some too, which the user
    // cannot change or delete: one of the user's by the name of IT's, or while IT locks presets
    // ("handout", "handout/presets" or the one preset), is not read. One that names no section is
    // none; given sectionKeys (Careleaf's), a section that is none of them is left out, and a
    // preset left with none is none.
    [[nodiscard]] QMap<QString, QStringList> userPresets(const QStringList &sectionKeys = {}) const;
    // Whether the preset called name is IT's: the user can neither write nor remove it.
    [[nodiscard]] bool isSystemPreset(const QString &name) const;
    // Whether IT locked presets ("handout", "handout/presets") or this one: the user's are not read,
    // nor written.
    [[nodiscard]] bool presetLocked(const QString &name) const;
    // Write and remove one of the user's presets (not IT's, nor while locked).
    void setUserPreset(const QString &name, const QStringList &sections);
    void removeUserPreset(const QString &name);

    // The folders IT's file is looked for in, in order: XDG_CONFIG_DIRS, or /etc/xdg where it is
    // unset or empty.
    [[nodiscard]] static QStringList systemFolders();
    // Where IT's file is read from (the first that exists), empty when there is none.
    [[nodiscard]] QString systemFile() const { return m_systemFile; }
    // IT's value of a setting, locked or not, ignoring the user's (the console's defaults).
    [[nodiscard]] QString systemText(Key key) const;

    // What IT's file holds that Careleaf cannot read as IT meant it, each "<file>: line N: why"
    // (never a value that could be a password), and which Careleaf therefore ignores: a line that
    // is no setting, a setting Careleaf does not have, a value none of its own. Those that could
    // be about the library (in [library], or in the [Locked] list, or the file unreadable) are not
    // here: libraryLocation() refuses to name a library while they last. With sectionKeys (the
    // sections a handout knows, which this layer does not), also a preset of IT's that names one
    // it does not know (left out of it), or none (the preset left out).
    [[nodiscard]] QStringList systemFileWarnings(const QStringList &sectionKeys = {}) const;

private:
    struct FileProblem
    {
        QString text;
        bool aboutLibrary = false;
    };
    [[nodiscard]] bool lockedName(const QString &name) const;
    void readSystemFile(const QString &file);
    void checkSystemFileLines(QByteArray bytes);

    struct PresetLine
    {
        int line = 0;
        QString name;
        QStringList sections;
    };
    QList<PresetLine> m_presetLines; // IT's presets, where its file sets them

    std::unique_ptr<QSettings> m_user;
    std::unique_ptr<QSettings> m_system; // null without a system file
    QString m_systemFile;
    QStringList m_locked;
    QStringList m_unreadable;      // settings whose line in IT's file is not UTF-8: not read
    QList<FileProblem> m_problems; // in IT's file
};

} // namespace Careleaf
