// Turns one procedure document (the plain-text format described in DESIGN.md) into a Procedure.
//
// The parser never rewrites clinical text: it removes only page chrome, list markers, step
// numbers and the whitespace between words. Whatever it cannot place (an unknown heading, a
// paragraph before the first heading, a line in the policies section that is not a policy) is
// kept as text of its own, never dropped.
#pragma once

#include "procedure.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Careleaf {

struct ParseResult
{
    std::optional<Procedure> procedure;
    QString error; // why the document was rejected, in words for clinic staff; names the line where it helps
    int line = 0;  // 1-based line of the problem, 0 when it concerns the whole file
    // What staff should know of a document that was read (a line that reads like a code line in
    // a code system Careleaf does not know), each naming its line.
    QStringList warnings;

    [[nodiscard]] bool ok() const { return procedure.has_value(); }
};

class DocumentParser
{
    Q_DECLARE_TR_FUNCTIONS(Careleaf::DocumentParser)

public:
    // A procedure page is a few kilobytes; 2 MiB leaves room for the longest real document
    // while refusing logs, dumps and binaries before they are read into memory.
    static constexpr qint64 MaxDocumentBytes = 2 * 1024 * 1024;

    // fileName is recorded as the source (its directory is stripped); bytes are the file as read.
    // language (a BCP 47 code of languages.h) is the document's language; empty: the language
    // whose table holds the most of its headings, English when none does.
    [[nodiscard]] static ParseResult parse(const QByteArray &bytes, const QString &fileName,
                                           const QString &language = {});

    struct Decoded
    {
        QString text; // line endings normalised to \n, byte-order mark removed
        QString error;
        int line = 0;
    };
    // Decodes UTF-8 (with or without BOM) and UTF-16/32 with BOM; refuses binary and invalid text.
    [[nodiscard]] static Decoded decode(const QByteArray &bytes);

    // "commonly referred to as A or B" -> name and aliases, by the words of the document's
    // language (a BCP 47 code) and of English. Exposed for tests.
    static void splitLayName(const QString &layName, QString *title, QStringList *aliases,
                             const QString &language = Procedure::DefaultLanguage);

    // A title is read at a glance: about this many characters at most.
    static constexpr qsizetype TitleLength = 60;

    struct Names
    {
        QString title;       // the name for people, at most about TitleLength characters
        QString fullName;    // the document's own name when title is a shortened form of it, else empty
        QStringList aliases; // other names the document gives, the title not among them
    };
    // The patient-facing name of a procedure: the document's plain name, or, where its "Name of
    // the Procedure" text restates the official descriptor, the name it says the procedure is
    // commonly known as; shortened (billing qualifiers dropped) when it is too long to read at a
    // glance. Without a name, the descriptor, shortened the same way.
    [[nodiscard]] static Names patientNames(const QString &layName, const QString &descriptor,
                                            const QString &language = Procedure::DefaultLanguage);
    // name without billing qualifiers ("(Per Visit, Up to 2 Hours)", "; each additional ...",
    // "(e.g., ...)", ", Systemic") while it is longer than TitleLength, then cut at a clause.
    [[nodiscard]] static QString shortTitle(const QString &name);
    // Sets what the parser derives from a procedure's content: its title, fullName and aliases
    // from the lay name and descriptor (see patientNames), and its reading grade.
    static void deriveFromContent(Procedure &p);
};

} // namespace Careleaf
