#include "searchquery.h"

#include "digits.h"
#include "searchtypes.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Careleaf {

QString codeSystemNamed(const QString &prefix)
{
    const QString p = prefix.toUpper();
    if (p == u"CPT"_s || p == u"CPT4"_s)
        return u"CPT"_s;
    if (p == u"HCPCS"_s)
        return u"HCPCS"_s;
    if (p == u"ICD10PCS"_s || p == u"ICD"_s)
        return u"ICD-10-PCS"_s;
    // The systems a document's code line may name besides (DocumentParser). Not "ICD10" or
    // "ICD9" alone: typed beside a code, each would leave out the procedures of the system's
    // other parts (ICD-10-PCS, ICD-10-CM).
    if (p == u"ICD10CM"_s)
        return u"ICD-10-CM"_s;
    if (p == u"ICD9CM"_s)
        return u"ICD-9-CM"_s;
    if (p == u"CDT"_s)
        return u"CDT"_s;
    return {};
}

namespace {

void addUnique(QStringList &list, const QString &word)
{
    if (!word.isEmpty() && !list.contains(word) && list.size() < ParsedQuery::MaxTerms)
        list << word;
}

// A typed word as a term: lower case, then cut to the longest a term may be. Lowering first,
// because a letter may lower to two characters (the dotted capital I to an i and a combining dot):
// cut first, a word of the longest length could grow past it.
QString boundedTerm(const QString &word)
{
    QString term = word.toLower();
    term.truncate(ParsedQuery::MaxTermLength);
    if (term.back().isHighSurrogate()) // a guard: no word character is a surrogate today
        term.chop(1);
    return term;
}

} // namespace

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool isArabicMark(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x064B && u <= 0x0652) || (u >= 0x0656 && u <= 0x065E) || u == 0x0670 || u == 0x0640;
}

QStringList queryWords(const QString &text)
{
    QStringList out;
    QString word;
    for (QChar c : text) {
        if (isWordChar(c)) {
            word += c;
        } else if (!word.isEmpty()) {
            out << boundedTerm(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        out << boundedTerm(word);
    return out;
}

namespace {

// words without Arabic's vowel marks and tatweel, in order; a word of marks alone left out.
QStringList withoutArabicMarks(const QStringList &words)
{
    QStringList out;
    for (QString w : words) {
        if (w.removeIf(isArabicMark); !w.isEmpty())
            out << w;
    }
    return out;
}

} // namespace

ParsedQuery parseQuery(const QString &text)
{
    ParsedQuery q;
    // Bound the work before looking at the text: a pasted page is not a query.
    // Full-width letters, digits and signs (a Chinese input method's "ｃｐｔ：９６３６５") and other
    // compatibility forms as the plain characters documents are written in (NFKC); bounded again,
    // as a form may stand for several characters.
    QString input = text.left(ParsedQuery::MaxInputLength)
                        .normalized(QString::NormalizationForm_KC)
                        .left(ParsedQuery::MaxInputLength);

    // "quoted phrases" first; an unbalanced quote quotes to the end.
    QString rest;
    for (qsizetype i = 0; i < input.size(); ++i) {
        if (input.at(i) != u'"') {
            rest += input.at(i);
            continue;
        }
        const qsizetype close = input.indexOf(u'"', i + 1);
        const QString inner = input.mid(i + 1, close < 0 ? -1 : close - i - 1);
        const QStringList words = queryWords(inner);
        if (words.size() > 1 && q.phrases.size() < ParsedQuery::MaxTerms)
            q.phrases << words.mid(0, ParsedQuery::MaxTerms);
        else if (words.size() == 1)
            addUnique(q.terms, words.first());
        rest += u' ';
        if (close < 0)
            break;
        i = close;
    }

    static const QRegularExpression range(uR"(^([A-Za-z]?\d{3,6}[A-Za-z]?)\s*[-–]\s*([A-Za-z]?\d{3,6}[A-Za-z]?)$)"_s);
    static const QRegularExpression systemPrefix(uR"(^([A-Za-z][A-Za-z0-9]{1,8}):(.*)$)"_s);
    // A system's name before a code with a hyphen or a number sign: "CPT-96365", "HCPCS#J1030".
    static const QRegularExpression systemJoined(uR"(^([A-Za-z][A-Za-z0-9]{1,8})[-#]([A-Za-z]?\d[A-Za-z0-9]{2,6})$)"_s);
    static const QRegularExpression codeLike(uR"(^(?=[A-Za-z0-9.]*\d)[A-Za-z0-9.]{1,10}$)"_s);
    // A code as bills and orders write it: with a modifier ("96365-59", "J1030-JW"), which is not
    // part of the code (not a unit: "50000-iu", "10000-mg" are doses); an HCPCS code's letter
    // apart ("J-1030").
    static const QRegularExpression modified(
        uR"(^(\d{5}|\d{4}[A-Za-z]|[A-Za-z]\d{4})-(?!(?:mg|ml|iu|kg|cc|mm|cm|hr|am|pm)$)[A-Za-z0-9]{2}$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression letterApart(uR"(^([A-Za-z])-(\d{4})$)"_s);

    QStringList codeTokens;
    const QStringList tokens = rest.split(QRegularExpression(uR"(\s+)"_s), Qt::SkipEmptyParts);
    for (QString token : tokens) {
        for (const QRegularExpression *prefix : {&systemPrefix, &systemJoined}) {
            if (const auto m = prefix->match(token); m.hasMatch()) {
                if (const QString system = codeSystemNamed(m.captured(1)); !system.isEmpty()) {
                    q.system = system;
                    token = m.captured(2);
                    break;
                }
            }
        }
        if (token.isEmpty())
            continue;
        // A code or range typed in another script's digits ("٩٦٣٦٥") is the code in ASCII digits.
        QString code = Digits::western(token);
        if (const auto m = modified.match(code); m.hasMatch())
            token = code = m.captured(1);
        else if (const auto apart = letterApart.match(code); apart.hasMatch())
            token = code = apart.captured(1) + apart.captured(2);
        if (const auto m = range.match(code); m.hasMatch()) {
            QString from = m.captured(1).toUpper();
            QString to = m.captured(2).toUpper();
            if (to < from)
                std::swap(from, to);
            q.rangeFrom = from;
            q.rangeTo = to;
            continue;
        }
        if (token.size() > 1 && (token.front() == u'-' || token.front() == u'–')) {
            for (const QString &w : queryWords(token.mid(1)))
                addUnique(q.excluded, w);
            continue;
        }
        const QStringList words = queryWords(token);
        for (const QString &w : words)
            addUnique(q.terms, w);
        if (codeLike.match(code).hasMatch() && codeSystemNamed(code).isEmpty())
            codeTokens << code.toUpper();
    }
    // A code system's name or the word "code" beside one whole code ("CPT 96365", "HCPCS code
    // J1030") is the code in that system; not beside a number ("ICD 10", "CPT 4").
    static const QRegularExpression wholeCode(uR"(^(\d{5}|\d{4}[A-Z]|[A-Z]\d{4}|[0-9A-Z]{7})$)"_s);
    if (codeTokens.size() == 1 && q.phrases.isEmpty() && q.terms.size() > 1 &&
        wholeCode.match(codeTokens.first()).hasMatch()) {
        QString system = q.system;
        QStringList others = q.terms;
        others.removeIf([&system](const QString &term) {
            if (term == u"code"_s)
                return true;
            const QString named = codeSystemNamed(term);
            if (named.isEmpty() || (!system.isEmpty() && system != named))
                return false;
            system = named;
            return true;
        });
        if (others.size() == 1 && Digits::western(others.first()).toUpper() == codeTokens.first()) {
            q.terms = others;
            q.system = system;
        }
    }
    // The query is a code (or its beginning) when it is one code-like token and nothing else.
    if (codeTokens.size() == 1 && q.terms.size() == 1 && q.phrases.isEmpty())
        q.codeCandidate = codeTokens.first();
    // Compared with the names as the library keeps them (LibraryStore's name keys), marks and all.
    q.normalized = q.terms.join(u' ');
    // Arabic's vowel marks, shadda, sukun and dagger alef, and the tatweel that draws a letter out,
    // are written in some documents and typed by some nurses: a word is searched as its letters
    // without them ("السُّكَّر" as "السكر"; FTS5 ends a word at each). Its hamza seats are letters.
    q.terms = withoutArabicMarks(q.terms);
    q.terms.removeDuplicates();
    q.excluded = withoutArabicMarks(q.excluded);
    q.excluded.removeDuplicates();
    for (QStringList &phrase : q.phrases)
        phrase = withoutArabicMarks(phrase);
    q.phrases.removeIf([](const QStringList &phrase) { return phrase.isEmpty(); });
    return q;
}

QStringList SearchPlan::wholeForms(const QString &word)
{
    if (word.size() < 3)
        return {word};
    const bool es = word.endsWith(u's') || word.endsWith(u'x') || word.endsWith(u"ch"_s) || word.endsWith(u"sh"_s);
    // Its plural ("mass", "masses"; "clot", "clots") and its -ing and -ed forms: a word of one
    // syllable doubles a last consonant after one vowel ("cut", "cutting"; "clot", "clotted";
    // not "iron", "ironing"), a last "e" goes before -ing ("puke", "puking"; "pee", "peeing").
    const auto vowel = [](QChar c) { return u"aeiouy"_s.contains(c); };
    const qsizetype n = word.size();
    qsizetype syllables = 0;
    for (qsizetype i = 0; i < n; ++i)
        syllables += vowel(word.at(i)) && (i == 0 || !vowel(word.at(i - 1)));
    const bool doubled = syllables == 1 && !vowel(word.at(n - 1)) && !u"wx"_s.contains(word.at(n - 1)) &&
                         vowel(word.at(n - 2)) && !vowel(word.at(n - 3));
    const QString stem = doubled                                          ? word + word.back()
                         : word.endsWith(u'e') && !word.endsWith(u"ee"_s) ? word.chopped(1)
                                                                          : word;
    return {word, word + (es ? u"es"_s : u"s"_s), stem + u"ing"_s,
            word.endsWith(u'e') ? word + u"d"_s : stem + u"ed"_s};
}

} // namespace Careleaf
