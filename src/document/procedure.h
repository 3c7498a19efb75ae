// Value types for one procedure as the parser produced it and the store keeps it.
// Everything here is plain data: copyable, comparable, no QObject, no database handle.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Careleaf {

enum class BlockType
{
    Paragraph,
    Bullets,
    Steps,
    Subheading,
    Table
};

struct Block
{
    BlockType type = BlockType::Paragraph;
    QString text;      // Paragraph and Subheading
    QStringList items; // Bullets and Steps, marker and number removed
    int start = 1;     // Steps: the number of the first item as the source wrote it
    int level = 0;     // Bullets and Steps: 1 and 2 for a list under an item of the list before
    // Steps: numbered 1. 2., lettered a. b. or A. B., or in roman numerals i. ii. or I. II., as
    // HTML's <ol type>; start counts a or i as 1.
    char16_t numbering = u'1';
    // Table: its rows, each its cells as the source wrote them, the first headerRows of them its
    // column headings (a Markdown table's line of dashes under them says so).
    QList<QStringList> rows{};
    int headerRows = 0;
    static constexpr int DeepestLevel = 2;

    [[nodiscard]] bool isList() const { return type == BlockType::Bullets || type == BlockType::Steps; }
    // Whether this block's items are more of before's list: of its kind and level, its steps
    // numbered on.
    [[nodiscard]] bool goesOn(const Block &before) const
    {
        return before.type == type && before.level == level && before.numbering == numbering &&
               (type == BlockType::Bullets ||
                (type == BlockType::Steps && start == before.start + before.items.size()));
    }
    bool operator==(const Block &) const = default;
};

struct Section
{
    QString key;     // canonical key (see sectionkeys.h), "other" for an unrecognised heading
    QString heading; // the heading exactly as the source wrote it, colon included
    QList<Block> blocks;

    // Every word of the section body in source order, blocks separated by newlines.
    [[nodiscard]] QString plainText() const;
    bool operator==(const Section &) const = default;
};

struct Policy
{
    QString group; // e.g. "Home Health"; empty when the source gives none
    QString id;    // e.g. "CG-MED-23"
    QString title;

    bool operator==(const Policy &) const = default;
};

struct SimilarCode
{
    QString code;
    QString descriptor;

    bool operator==(const SimilarCode &) const = default;
};

struct SourceInfo
{
    QString file;   // file name the content came from (no directory: paths differ per workstation)
    QString sha256; // of the file's bytes as read

    bool operator==(const SourceInfo &) const = default;
};

struct Procedure
{
    qint64 id = 0;      // 0 until stored
    QString codeSystem; // "CPT", "HCPCS", ...; empty when the source has no code-system line
    QString code;       // empty when the source gives none ("code not given")
    QString descriptor; // the official code descriptor, verbatim
    QString layName;    // body of "Name of the Procedure", verbatim
    QString title;      // the name for people (DocumentParser::patientNames): short, never billing text
    QString fullName;   // the document's own name when title is a shortened form of it, else empty
    QStringList aliases;
    // The document's language (BCP 47, languages.h): recognised from its headings, or given.
    QString language = DefaultLanguage;
    // A translation Careleaf's authors wrote for the sample library, not yet reviewed by a
    // clinician: said on screen and on the handout (the document's "sample translation" line).
    bool sampleTranslation = false;
    QList<Section> sections; // in source order
    QList<Policy> policies;
    QList<SimilarCode> similarCodes;
    double readingGrade = 0.0; // Flesch-Kincaid grade of the section text
    SourceInfo source;
    QDateTime importedAt; // first import (UTC)
    QDateTime updatedAt;  // last import that changed the content (UTC)

    static inline const QString DefaultLanguage = QStringLiteral("en");
    // Identity of the document in the library: system + code when a code is given, otherwise
    // system + descriptor, and the language unless it is English. The documents of one identity
    // in any language are versions of one procedure (procedureversions.cpp).
    [[nodiscard]] QString identity() const;
    // The identity its documents in every language share: system + code, or system + descriptor.
    [[nodiscard]] QString identityInAnyLanguage() const;
    [[nodiscard]] const Section *section(const QString &key) const;
    [[nodiscard]] bool hasSection(const QString &key) const { return section(key) != nullptr; }
    // The key a section is filed under on paper: its own; for one under a heading no table holds
    // that names a stage of the visit ("Medicines to Stop Before Surgery"), the stage's
    // (SectionKeys::stageOfHeading()); "other" for the rest.
    [[nodiscard]] QString printKey(const Section &s) const;
    // "CPT 96417", "CPT (code not given)" — for headers and footers.
    [[nodiscard]] QString codeLabel() const;
    // All section text, for the reading grade (and the index, in libraries before format 8).
    [[nodiscard]] QString bodyText(bool includeReferenceSections = true) const;
    // The paragraphs of the name block after the name itself: text the document put there, before
    // any section (all of a short document's). Shown, printed and graded with the rest.
    [[nodiscard]] QStringList textUnderName() const;
    // The text of the sections that say what the procedure is about (SectionKeys::isAboutKey),
    // or of all the others: the two parts of the full-text index that search weighs apart.
    // Sections are separated by SectionSeparator (a blank line, which no section holds).
    enum class Part
    {
        About,
        Rest
    };
    [[nodiscard]] QString sectionText(Part part) const;
    static inline const QString SectionSeparator = QStringLiteral("\n\n");
    // Between two versions' text in the index of their family's first row: a section of its own
    // holding no word (U+2062), so that a snippet never runs from one language into another.
    static constexpr QChar VersionMark = u'\u2062';
    static inline const QString VersionSeparator = SectionSeparator + VersionMark + SectionSeparator;

    // The one of versions (one procedure in several languages) written in language, or nullptr.
    [[nodiscard]] static const Procedure *versionIn(const QList<Procedure> &versions, const QString &language);
};

} // namespace Careleaf
