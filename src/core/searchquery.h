// Translation of what a user typed into something a search backend can run safely.
// Only letters and digits survive into backend syntax, so no user input can ever form
// FTS or SQL syntax (quotes, *, :, (, -, AND, NEAR ...).
#pragma once

#include <QString>
#include <QStringList>

namespace Careleaf {

struct ParsedQuery
{
    QStringList terms;     // lower-case words, at most MaxTerms, each at most MaxTermLength
    QString codeCandidate; // upper-case, set when the whole query could be (part of) a code: "9641", "J12"

    [[nodiscard]] bool isEmpty() const { return terms.isEmpty(); }
    static constexpr int MaxTerms = 16;
    static constexpr int MaxTermLength = 64;
};

[[nodiscard]] ParsedQuery parseQuery(const QString &text);

// FTS5 MATCH expression: every term as a quoted prefix, all required. Empty for an empty query.
[[nodiscard]] QString fts5MatchExpression(const ParsedQuery &q);

} // namespace Careleaf
