// The vocabulary of a procedure document: which headings the parser knows, the canonical
// key each maps to, and how sections are grouped into the detail pane's tabs and handouts.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Careleaf::SectionKeys {

// What a line that stands alone between blank lines means when it is a known heading.
enum class HeadingKind
{
    None,       // not a known heading
    Name,       // "Name of the Procedure": its body is the lay name
    Section,    // starts a section with a canonical key
    Subheading, // a heading inside the current section ("Pros and Cons:")
};

struct HeadingMatch
{
    HeadingKind kind = HeadingKind::None;
    QString key;           // canonical key for HeadingKind::Section
    QStringList languages; // the languages (BCP 47 codes) whose table holds the heading
    // A stage of the visit ("Before the Procedure", "After the Test"): a section of key, but a
    // heading inside Patient Experience (which tells the visit stage by stage) or inside a
    // section of key already begun ("Preparation", then "Before your procedure:").
    bool stage = false;
};

// Matches a trimmed line against the headings of every language's table (languages.h):
// case-insensitive, trailing colon optional, inner whitespace collapsed. "Medical Policies and
// Guidelines for <anything>" (or a table's own "policies for") is the policies heading. With
// languages, only a heading of one of them.
[[nodiscard]] HeadingMatch matchHeading(const QString &line, const QStringList &languages = {});
// A Chinese heading no table holds, read as Chinese builds one of a table's words: a known
// section's heading after a word that only qualifies it ("可能的副作用", possible side effects), or
// before or after a thing done and what a patient does then ("接種前注意事項", before the
// vaccination, things to note; "拔牙后护理"), in either script. None for any other line.
[[nodiscard]] HeadingMatch builtChineseHeading(const QString &line, const QStringList &languages = {});
// The stage of the visit a heading no table holds says its section is for, by the words of
// the language's table ("when <key>"; without a table, every table's that says one): "Medicines
// to Stop Before Surgery" is preparation, "Going Home" recovery. A longer phrase is read before
// the words in it ("before you go home" is recovery; "after-hours" says none). Empty when the
// heading names no stage or more than one ("Before and After Photos").
[[nodiscard]] QString stageOfHeading(const QString &heading, const QString &language);
// The keys a table's "when" words may name: the stages, and "other" for words that say none.
[[nodiscard]] const QStringList &stageWordKeys();

// The canonical keys in the order a full handout prints them, "other" last.
[[nodiscard]] const QStringList &canonicalKeys();
[[nodiscard]] bool isCanonicalKey(const QString &key);
// The sections that say what a procedure is about (summary, purpose, indications): search
// weighs their words above the same words elsewhere in the text, where they may be a remark in
// passing (personnel, alternatives, a step).
[[nodiscard]] bool isAboutKey(const QString &key);
// Sections for staff (personnel, health-plan policies, similar codes): left out of the patient
// handout presets.
[[nodiscard]] bool isStaffKey(const QString &key);
// Translated human name of a canonical key ("Risks and complications").
[[nodiscard]] QString displayName(const QString &key);

struct Tab
{
    QString id;       // stable object-name suffix: "overview", "purpose", ...
    QString title;    // translated tab title
    QStringList keys; // sections shown in this tab, in display order
};

// The detail pane's tabs in order. The last one, "other", holds unrecognised sections and
// is shown only for a procedure that has some.
[[nodiscard]] QList<Tab> detailTabs();

} // namespace Careleaf::SectionKeys
