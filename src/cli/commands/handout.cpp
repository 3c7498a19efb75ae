#include "handout.h"

#include "clicommon.h"
#include "filenames.h"
#include "glossary.h"
#include "languages.h"
#include "pagedprint.h"
#include "procedurehtml.h"
#include "sectionkeys.h"
#include "settings.h"

#include <QFileInfo>

#include <algorithm>

namespace Careleaf::Cli {

int cmdHandout(Context &c, const QStringList &args)
{
    const Parsed p = parseArgs(args, {u"out"_s, u"sections"_s, u"preset"_s, u"patient"_s, u"note"_s, u"language"_s},
                               {u"large-print"_s, u"bilingual"_s});
    if (!p.error.isEmpty())
        return c.usage(p.error);
    const QString outPath = PagedPrint::pdfFileName(p.values.value(u"out"_s));
    if (outPath.isEmpty())
        return c.usage(tr("handout needs --out FILE.pdf"));
    if (FileNames::keepsBytes(outPath)) // the PDF would be written under another name
        return c.usage(tr("--out %1: a handout's file name must be UTF-8").arg(FileNames::shown(outPath)));
    if (p.positional.isEmpty())
        return c.usage(tr("handout needs at least one KEY"));
    if (p.values.contains(u"sections"_s) && p.values.contains(u"preset"_s))
        return c.usage(tr("choose one of --sections and --preset"));

    HandoutOptions options;
    // For the patient unless a staff copy is asked for, or IT set another preset as every
    // handout's start (the window's last choice is the window's own); on the paper IT set, else
    // the one this locale uses.
    const Settings settings;
    // Careleaf's own presets, and those IT ships ("user:NAME", as the window names them).
    const auto presetNamed = [&settings](const QString &id) -> std::optional<Handout::Preset> {
        if (!id.startsWith(u"user:"_s))
            return Handout::builtInPreset(id);
        const QMap<QString, QStringList> own = settings.userPresets(SectionKeys::canonicalKeys());
        if (!own.contains(id.mid(5)))
            return std::nullopt;
        return Handout::Preset{id, id.mid(5), own.value(id.mid(5)), false};
    };
    std::optional<Handout::Preset> chosen;
    if (const QString itsPreset = settings.systemText(Settings::Key::DefaultPreset).trimmed(); !itsPreset.isEmpty()) {
        chosen = presetNamed(itsPreset);
        if (!chosen)
            c.err << "careleaf-cli: "
                  << tr("%1: %2 is \u201c%3\u201d, which is no preset: the handout will be the patient's")
                         .arg(settings.systemFile(), Settings::name(Settings::Key::DefaultPreset), itsPreset)
                  << Qt::endl;
    }
    if (!chosen)
        chosen = Handout::builtInPreset(Handout::defaultPresetId());
    if (p.values.contains(u"preset"_s)) {
        // Careleaf's own by its name; IT's and the user's by theirs, or as the window names them.
        const QString asked = p.values.value(u"preset"_s);
        chosen = Handout::builtInPreset(asked);
        if (!chosen)
            chosen = presetNamed(asked.startsWith(u"user:"_s) ? asked : u"user:"_s + asked);
        if (!chosen) {
            QStringList ids;
            for (const Handout::Preset &pr : Handout::builtInPresets())
                ids << pr.id;
            ids += settings.userPresets(SectionKeys::canonicalKeys()).keys();
            return c.usage(tr("unknown preset \"%1\"; choose one of %2").arg(asked, ids.join(u", "_s)));
        }
    }
    QString preset = chosen->id;
    options.sections = chosen->sections;
    options.staffCopy = chosen->staffCopy;
    if (p.values.contains(u"sections"_s)) {
        preset.clear();
        options.sections.clear();
        for (const QString &key : p.values.value(u"sections"_s).split(u',', Qt::SkipEmptyParts)) {
            if (!SectionKeys::isCanonicalKey(key.trimmed()))
                return c.usage(tr("unknown section \"%1\"; sections are: %2")
                                   .arg(key.trimmed(), SectionKeys::canonicalKeys().join(u","_s)));
            options.sections << key.trimmed();
        }
        if (options.sections.isEmpty())
            return c.usage(tr("--sections needs at least one section"));
    }
    // Printed as typed, or not at all: a name that is not UTF-8 came out as "��Bad", one with
    // an escape sequence as "Ann [31m Smith".
    for (const auto &[option, lines] : {std::pair{u"patient"_s, false}, std::pair{u"note"_s, true}}) {
        if (const QString why = Context::textProblem(u"--"_s + option, p.values.value(option), lines); !why.isEmpty())
            return c.usage(why);
    }
    options.patientName = p.values.value(u"patient"_s);
    options.note = p.values.value(u"note"_s); // this job only, like the patient's name
    options.largePrint = p.flags.contains(u"large-print"_s);
    options.date = QDate::currentDate();
    // Each procedure's version in that language; its dates written in it too.
    QString language;
    if (!c.languageOption(p, &language))
        return UsageOrDatabase;
    if (!language.isEmpty())
        options.language = language;
    options.bilingual = p.flags.contains(u"bilingual"_s);
    if (options.bilingual && options.language == Procedure::DefaultLanguage)
        return c.usage(tr("--bilingual needs --language with the patient's language (not English)"));
    // A logo that cannot be read, a colour that is none: printed without, and said.
    QStringList letterheadProblems;
    options.letterhead = Handout::savedLetterhead(&letterheadProblems);
    for (const QString &problem : std::as_const(letterheadProblems))
        c.err << "careleaf-cli: " << printable(problem) << Qt::endl;

    // The clinic's own words to know: a line Careleaf cannot read is said (file and line).
    for (const QString &problem : Glossary::standardProblems())
        c.err << "careleaf-cli: " << printable(problem) << Qt::endl;
    if (!c.openStore())
        return UsageOrDatabase;
    QList<Procedure> procedures;
    QStringList keys; // the key each procedure was given by
    int failure = Ok;
    for (const QString &key : p.positional) {
        auto procedure = c.resolveOne(key, language, &failure);
        if (!procedure)
            return failure;
        // The same procedure twice (4 4, or 4 and CPT:96417) is a slip: a packet holds it once.
        const auto same = std::find_if(procedures.cbegin(), procedures.cend(),
                                       [&procedure](const Procedure &q) { return q.id == procedure->id; });
        if (same != procedures.cend()) {
            c.err << "careleaf-cli: "
                  << tr("%1 is %2 again, given as %3: it is printed once")
                         .arg(key, same->title, keys.at(same - procedures.cbegin()))
                  << Qt::endl;
            continue;
        }
        // Chosen sections it has none of: a page with its name alone would go home with the patient.
        // As the handout files them: a section of an unknown heading with the stage it names, or
        // the section it follows (ProcedureHtml::printedUnder()).
        const bool holdsOne = std::any_of(options.sections.cbegin(), options.sections.cend(), [&](const QString &key) {
            return !ProcedureHtml::printedUnder(*procedure, key, options.sections).isEmpty();
        });
        if (!holdsOne && procedure->textUnderName().isEmpty()) {
            QStringList has;
            for (const Section &s : procedure->sections)
                has << procedure->printKey(s);
            has.removeDuplicates();
            c.err << "careleaf-cli: "
                  << tr("%1 (%2) has none of the sections chosen (%3); it has: %4. Nothing was written.")
                         .arg(key, procedure->title, options.sections.join(u","_s),
                              has.isEmpty() ? tr("no sections") : has.join(u","_s))
                  << Qt::endl;
            return Problems;
        }
        procedures << *procedure;
        keys << key;
        // Asked for no language, a nurse who may not read it is told what the patient's sheet is in.
        if (language.isEmpty() && procedure->language != Procedure::DefaultLanguage)
            c.err << "careleaf-cli: "
                  << tr("%1 (%2) has no English version: it is printed in %3")
                         .arg(key, procedure->title, Languages::displayName(procedure->language))
                  << Qt::endl;
        if (options.bilingual) {
            // Its English version beside it; one with none prints in the patient's language alone.
            auto english = c.resolveOne(key, {}, &failure);
            if (!english)
                return failure;
            const bool hasEnglish = english->language == Procedure::DefaultLanguage;
            options.english << (hasEnglish ? *english : Procedure{});
            // A section with nothing beside it in the other language: the nurse is told which.
            if (hasEnglish && procedure->language != Procedure::DefaultLanguage) {
                for (const QString &unpaired : Handout::unpairedSections(*procedure, *english, options.sections))
                    c.err << "careleaf-cli: " << tr("%1 (%2): %3").arg(key, procedure->title, unpaired) << Qt::endl;
            }
            if (!hasEnglish && procedure->language != Procedure::DefaultLanguage) // said, not left to be found
                c.err << "careleaf-cli: "
                      << tr("%1 (%2) has no English version: it is printed in %3 alone")
                             .arg(key, procedure->title, Languages::displayName(procedure->language))
                      << Qt::endl;
        }
    }
    // Without --language, the handout's own words and direction follow its procedures' language,
    // as the window's composer starts: an Arabic-only procedure prints right to left, in Arabic.
    if (language.isEmpty() && !procedures.isEmpty())
        options.language = procedures.first().language;
    const QString title = procedures.size() == 1 ? procedures.first().title : tr("Patient handouts");
    // Ctrl+C or a kill (SIGTERM) while it prints stops it before its PDF takes its place: a PDF
    // that was there stays as it was, and nothing is logged.
    const StopSignals stop;
    const PagedPrint::Flow flow = Handout::flow(procedures, options);
    bool questionsLeftOut = false;
    const QString error = PagedPrint::exportPdf(
        flow, outPath, title, PagedPrint::pageSizeNamed(settings.text(Settings::Key::PaperSize)),
        [&stop] { return stop.signal() == 0; }, &questionsLeftOut);
    if (stop.signal() != 0 && !error.isEmpty()) {
        c.err << "careleaf-cli: " << tr("stopped by %1: %2 was not written").arg(stop.name(), outPath) << Qt::endl;
        return stop.exitCode();
    }
    if (!error.isEmpty()) {
        c.err << "careleaf-cli: " << error << Qt::endl;
        return UsageOrDatabase;
    }
    // The handout is written whatever the log says: said first, so no one prints it twice.
    c.out << tr("wrote %1").arg(QFileInfo(outPath).absoluteFilePath()) << Qt::endl;
    // As the composer says it: the lines were asked for, and the handout has none.
    if (questionsLeftOut)
        c.err << "careleaf-cli: "
              << tr("no room for \u201cMy questions\u201d on the last page: left out, as fewer than three lines "
                    "would fit")
              << Qt::endl;
    // Written, but not as the patient can read it: said, so it is not handed out as it is.
    if (const QStringList undrawn = PagedPrint::undrawnCharacters(flow); !undrawn.isEmpty())
        c.err << "careleaf-cli: " << PagedPrint::undrawnWarning(undrawn) << Qt::endl;
    if (const QString logError =
            Handout::record(*c.store, procedures, options.sections, preset, 1, u"pdf"_s, options.language,
                            options.bilingual ? options.english : QList<Procedure>());
        !logError.isEmpty()) {
        c.err << "careleaf-cli: " << logError << Qt::endl;
        return UsageOrDatabase;
    }
    return Ok;
}

} // namespace Careleaf::Cli
