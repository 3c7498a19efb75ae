#include "documentparser.h"

#include "digits.h"
#include "languages.h"
#include "readability.h"
#include "sectionkeys.h"
#include "textwidth.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <functional>
#include <optional>
#include <tuple>
#include <utility>

using namespace Qt::StringLiterals;

namespace Careleaf {

namespace {

using SectionKeys::HeadingKind;

struct SourceBlock
{
    int firstLine = 0; // 1-based
    QStringList lines; // raw lines, trailing whitespace removed
};

bool isBlank(const QString &line)
{
    for (QChar c : line) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

QString rightTrimmed(const QString &s)
{
    qsizetype end = s.size();
    while (end > 0 && s.at(end - 1).isSpace())
        --end;
    return s.left(end);
}

template<typename Field>
QStringList fromEveryLanguage(Field field)
{
    QStringList out;
    for (const Languages::Language &language : Languages::all())
        out += language.*field;
    return out;
}

// The lines of one field of every table, as normalisedHeading() makes them, each with the
// languages that list it (in the tables' order): made once, as the tables are read once.
template<QStringList Languages::Language::*field>
const QHash<QString, QStringList> &listings()
{
    static const QHash<QString, QStringList> listed = [] {
        QHash<QString, QStringList> out;
        for (const Languages::Language &language : Languages::all()) {
            for (const QString &w : language.*field) {
                QStringList &codes = out[Languages::normalisedHeading(w)];
                if (!codes.contains(language.code))
                    codes << language.code;
            }
        }
        return out;
    }();
    return listed;
}

// The languages whose table lists line (as normalisedHeading() makes it) in field. Asked of
// most lines of every document an import reads.
template<QStringList Languages::Language::*field>
QStringList languagesListing(const QString &line)
{
    return listings<field>().value(Languages::normalisedHeading(line));
}

// The line patterns: each compiled once, on first use, by an accessor of its own.
struct CodeLine
{
    bool found = false;
    // Read from the line in compatibility form with western digits (Digits::plain): the
    // full-width "Ｊ３４" is "J34".
    QString system; // also for a sentence that names one (found false)
    QString code;   // the first word after the system and the word for "code": empty when none
    QString rest;   // the words after the code ("96417 (add-on)"), empty when none
    QString word;   // the word for "code"
};

// The code systems a code line may name, as staff read them in a message.
constexpr auto KnownCodeSystems = "CPT, HCPCS, ICD-10-PCS, ICD-10-CM, ICD-10, ICD-9-CM, ICD-9, CDT";

// The word for "code" in every language's table, a word of its own: "codes", "кода" and "代码为"
// are not it. A letter of another script may follow it at once ("代码CPT4", "코드J3420").
QString codeWordPattern()
{
    return u'(' + Languages::wordsPattern(fromEveryLanguage(&Languages::Language::codeWords)) +
           uR"x()(?!(?<=\p{Latin})\p{Latin}|(?<=\p{Cyrillic})\p{Cyrillic}|(?<=\p{Arabic})\p{Arabic}))x"
           uR"x((?!(?<=\p{Hangul})\p{Hangul}|(?<=\p{Han})\p{Han}))x"_s;
}

// 3-10 characters of letters, digits, dots and hyphens with at least one digit: 96417, 0001U, J1234, 0BJ08ZZ.
constexpr QStringView CodeTokenPattern = uR"((?=[A-Za-z0-9.\-]*\d)[A-Za-z0-9][A-Za-z0-9.\-]{2,9})";

const QRegularExpression &codeToken()
{
    static const QRegularExpression re(u'^' + CodeTokenPattern + u'$');
    return re;
}

// token without the punctuation around it: brackets, a sentence's full stop or comma in any
// script ("96417.", "96417。", "(96366)", "٩٦٣٦٥،").
QString bareCode(QString token)
{
    static const QString before = u"([{"_s;
    static const QString after = u".:,;)]}\u3001\u3002\u060C\u061B"_s;
    while (!token.isEmpty() && before.contains(token.front()))
        token.remove(0, 1);
    while (!token.isEmpty() && after.contains(token.back()))
        token.chop(1);
    return token;
}

// The shapes of the codes Careleaf reads: CPT 96417 and 0001U, HCPCS and CDT J1234, ICD-10-PCS
// 0BJ08ZZ, ICD-10-CM Z12.11, ICD-9-CM 45.23, 250.00 and E880.9. Not a year (2024), a range
// (30-60) or a dose.
bool isProcedureCode(const QString &token)
{
    static const QRegularExpression re(
        uR"(^(?:\d{4}[0-9A-Z]|[A-Z]\d{4}|(?=[0-9A-Z]*\d)[0-9A-Z]{7}|[A-Z]\d{2}(?:\.[0-9A-Z]{1,4})?|\d{2,3}\.\d{1,2})"
        uR"(|[EV]\d{2,3}(?:\.\d{1,2})?)$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.match(token).hasMatch();
}

// "ddddd" for 96365, "addd.dd" for Z12.11: two codes of one system have one shape, which a
// vitamin (B12) or a dose (10000) beside a code need not have.
QString codeShape(const QString &code)
{
    QString shape = code;
    for (QChar &c : shape)
        c = c.isDigit() ? u'd' : c.isLetter() ? u'a' : c;
    return shape;
}

// A line of two codes or more of one shape, starting with one, and at most the words between
// them ("96365 96366", "96365, 96366", "96365 and 96366"), not a sentence that names some. What
// stands in brackets is a remark ("96417 (add-on 96366)", "J3420 (B12)"), not a code of its own.
bool severalCodesAlone(const QString &line)
{
    static const QRegularExpression apart(uR"([\s,;/\x{3001}\x{060C}]+)"_s);
    static const QRegularExpression remarks(uR"(\([^)]*\)?)"_s);
    const QStringList tokens = Digits::plain(line).remove(remarks).split(apart, Qt::SkipEmptyParts);
    if (tokens.isEmpty() || !isProcedureCode(bareCode(tokens.first())))
        return false;
    const QString shape = codeShape(bareCode(tokens.first()));
    qsizetype codes = 0;
    for (const QString &token : tokens) {
        const QString code = bareCode(token);
        codes += isProcedureCode(code) && codeShape(code) == shape ? 1 : 0;
    }
    return codes > 1 && tokens.size() - codes < codes;
}

CodeLine codeLine(const QString &line)
{
    // "CPT4 code", "CPT4 code 96417", "CPT® code 96417", "HCPCS code: J1234", "ICD-10-PCS code";
    // in a language that puts the word first, "Código CPT4 96417"; "CPT4 代码 96417". Not a
    // sentence that starts so ("CPT code changes apply from May").
    static const auto patterns = [] {
        // CPT™ is "CPTTM" in compatibility form.
        const QString system =
            uR"((CPT(?:®|\(R\)|TM)?[- ]?4?|HCPCS(?:\s+Level\s+II)?|ICD-10(?:-PCS|-CM)?|ICD-9(?:-CM)?|CDT))"_s;
        const QString word = codeWordPattern();
        const QString rest = uR"(\s*[:\-]?\s*(.*?)\s*$)"_s; // "Código CPT-96365"
        const auto options = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
        return std::pair{QRegularExpression(u"^\\s*"_s + system + u"\\s*"_s + word + rest, options),
                         QRegularExpression(u"^\\s*"_s + word + u"\\s*"_s + system + rest, options)};
    }();
    // A code line typed in full-width letters or another script's digits ("ＣＰＴ４ 代码 Ｊ３４")
    // is read as the same line in ASCII.
    const QString plain = Digits::plain(line);
    CodeLine out;
    QString after;
    if (const auto m = patterns.first.match(plain); m.hasMatch())
        out = {true, m.captured(1), {}, {}, m.captured(2)}, after = m.captured(3);
    else if (const auto m = patterns.second.match(plain); m.hasMatch())
        out = {true, m.captured(2), {}, {}, m.captured(1)}, after = m.captured(3);
    else
        return {};
    out.code = after.section(QRegularExpression(uR"(\s+)"_s), 0, 0);
    out.rest = after.mid(out.code.size()).trimmed();
    // Words that do not start with a code are a sentence, not a code line ("CPT code 2025 update
    // applies"), though one that names a system Careleaf knows; one word that is no code is
    // refused as one ("CPT4 code see").
    if (!out.rest.isEmpty() && !isProcedureCode(bareCode(out.code))) {
        out.found = false;
        out.code.clear();
        out.rest.clear();
    }
    return out;
}

// A line that reads like a code line in a code system Careleaf does not know ("LOINC code
// 12345-6", "SNOMED CT code"): a few words, among them the word for "code", and a code or a
// system's capitals.
bool looksLikeCodeLine(const QString &line)
{
    static const QRegularExpression word(u"(?<![\\p{L}\\p{N}])"_s + codeWordPattern(),
                                         QRegularExpression::CaseInsensitiveOption |
                                             QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression capitals(uR"((?<![\p{L}\p{N}])[A-Z][A-Z0-9-]+(?![\p{L}\p{N}]))"_s,
                                             QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression anyCode(uR"((?<![\p{L}\p{N}]))"_s + CodeTokenPattern,
                                            QRegularExpression::UseUnicodePropertiesOption);
    const QString plain = Digits::plain(line).simplified();
    return codeLine(line).system.isEmpty() && plain.count(u' ') < 6 && plain.contains(word) &&
           (plain.contains(anyCode) || plain.contains(capitals));
}

// A code standing apart from its code-system line is taken as the code only in that system's
// shape: "HbA1c" or "COVID-19" under "CPT4 code" are the document's words, not a code.
bool fitsSystem(const QString &system, const QString &code)
{
    // HCPCS level I is CPT, and a level II code ("J3420") is often given as CPT; either may have a
    // modifier ("96413-59", "J3420-JW"). ICD-10 alone may be either of its kinds; a diagnosis may
    // end in a dash where its last characters are left open ("M54.5-").
    static const QRegularExpression cpt(uR"(^(?:[A-Z]\d{4}|\d{4}[0-9A-Z])(?:-[0-9A-Z]{2})?$)"_s);
    static const QRegularExpression cdt(uR"(^D\d{4}$)"_s);
    static const QRegularExpression pcs(uR"(^[0-9A-HJ-NP-Z]{7}$)"_s);
    static const QRegularExpression diagnosis(uR"(^[A-Z]\d[0-9A-Z](?:\.?[0-9A-Z]{1,4})?-?$)"_s);
    static const QRegularExpression icd9(uR"(^(?:\d{2,3}|V\d{2}|E\d{3})(?:\.\d{1,2})?$)"_s);
    const QString c = code.toUpper();
    const auto fits = [&c](const QRegularExpression &shape) { return shape.match(c).hasMatch(); };
    if (system == u"CPT"_s || system == u"HCPCS"_s)
        return fits(cpt);
    if (system == u"CDT"_s)
        return fits(cdt);
    if (system == u"ICD-10-PCS"_s)
        return fits(pcs);
    if (system == u"ICD-10-CM"_s)
        return fits(diagnosis);
    if (system == u"ICD-10"_s)
        return fits(diagnosis) || fits(pcs);
    if (system.startsWith(u"ICD-9"_s))
        return fits(icd9);
    return true;
}

QString canonicalSystem(const QString &raw)
{
    const QString s = raw.simplified().toUpper();
    if (s.startsWith(u"CPT"_s))
        return u"CPT"_s;
    if (s.startsWith(u"HCPCS"_s))
        return u"HCPCS"_s;
    return s;
}

// "• item": a bullet may touch its item ("•item", "●item", "・项目"), but not another bullet
// ("●●" is a blank to fill in); other marks need a space after them ("○月○日", a date to
// fill in, "-5 °C" and "*note" are text), and a sign is no bullet before a number ("+ 2 units if
// it is over 200", "- 2 units": the sign is the dose's).
const QRegularExpression &bulletLine()
{
    static const QRegularExpression re(
        uR"(^\s*(?:[•●・](?![•●・])\s*|[○◦▪■□‣➢➤►▸✓✔◆◇*·]\s+|[\-–+]\s+(?!\p{Nd}))(\S.*)$)"_s);
    return re;
}

// "1. step", "1) step", "1.step" (but "1.5 mg" is text), "(1) Step" and "（1）步骤" (but
// "(217) 555-0142" and "(03) 9123 4567" are phone numbers, and "(2) tablets" a count going on
// from the line above), "１．", "1、", "١." in any script's digits, and "1- خطوة", "١- خطوة", as
// Arabic writes its steps, before a capital or a letter of a script without capitals (but "1-2
// hours", "1 - 2 days" and "1- to 2-hour wait" are text): captured(1) is the number, and
// captured(2) the step.
const QRegularExpression &stepLine()
{
    static const QRegularExpression re(
        uR"(^\s*(?|(\p{Nd}{1,3})[.)\x{FF0E}\x{FF09}\x{3001}](?:\s+|(?=\p{L}))|(\p{Nd}{1,3})[\-\x{2013}]\s+(?=[\p{Lu}\p{Lt}\p{Lo}])|[(\x{FF08}](\p{Nd}{1,2})[)\x{FF09}](?:\s+|(?=\p{Lo}))(?!\p{Nd}|\p{Ll}))(\S.*)$)"_s);
    return re;
}

// Whether line is a list's item, bulleted or numbered.
bool startsList(const QString &line)
{
    return bulletLine().match(line).hasMatch() || stepLine().match(line).hasMatch();
}

// The next line of one paragraph or list item onto text: after a space, but for two lines of a
// script written without spaces (Chinese, Japanese), which the line break only wrapped. In place:
// a paragraph of thousands of lines made anew at each one took minutes.
void appendLine(QString &text, const QString &line)
{
    const auto unspaced = [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x3000 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) ||
               (u >= 0xFF00 && u <= 0xFF60);
    };
    if (text.isEmpty() || line.isEmpty() || !unspaced(text.back()) || !unspaced(line.front()))
        text += u' ';
    text += line;
}

const QRegularExpression &policyLine()
{
    // "CG-MED-23 Home Health", "MED.00123 Title"
    static const QRegularExpression re(uR"(^([A-Z][A-Z0-9]*(?:[-.][A-Z0-9]+)+)\s+(\S.*)$)"_s);
    return re;
}

const QRegularExpression &similarCodeLine()
{
    // "96413 Chemotherapy administration ...", "J1234 - descriptor", "96413: descriptor"
    static const QRegularExpression re(uR"(^((?=[A-Z0-9.]*\d)[A-Z0-9][A-Z0-9.]{2,9})\s*(?:[-–—:]\s*)?(.*)$)"_s);
    return re;
}

// How the document writes the headings Careleaf knows: an unknown one is written the same way.
struct HeadingStyle
{
    bool colons = false;       // most end in a colon ("Risks:")
    bool sentenceCase = false; // one of several words starts only its first with a capital
    bool titleCase = false;    // one of several words is in Title Case
};

// Words written in Title Case: each a capital's, a number's or a small word ("Tools and Equipment").
bool inTitleCase(const QStringList &words)
{
    static const QStringList small{u"a"_s,  u"an"_s, u"and"_s, u"or"_s, u"of"_s,   u"the"_s, u"for"_s,
                                   u"to"_s, u"in"_s, u"on"_s,  u"at"_s, u"with"_s, u"by"_s,  u"&"_s};
    return std::all_of(words.cbegin(), words.cend(), [](const QString &w) {
        return small.contains(w) || w.front().isUpper() || w.front().isDigit();
    });
}

// A heading in a script written without spaces (Chinese, Japanese) is a few characters, and has
// none of a sentence's inner punctuation.
constexpr int FewCharacters = 12;
bool hasInnerPunctuation(QStringView text)
{
    static const QString inner = u",;\uFF0C\uFF1B\u3001\u060C\u061B"_s;
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return inner.contains(c); });
}

// A colon, as the scripts Careleaf reads write one after a heading or before what a line lists.
bool isColon(QChar c)
{
    return c == u':' || c == u'\uFF1A';
}

// Where the first colon of line is; -1 without one.
qsizetype headingColon(QStringView line)
{
    const auto mark = std::find_if(line.cbegin(), line.cend(), isColon);
    return mark == line.cend() ? -1 : mark - line.cbegin();
}

// What ends a sentence, or goes on with one, in the scripts Careleaf reads: never a heading's end.
const QString &sentencePunctuation()
{
    static const QString ends = u".!?;,\u3002\uFF01\uFF1F\uFF1B\uFF0C\u3001\u061F\u061B\u060C"_s;
    return ends;
}

// A line nobody planned for that is still plainly a heading: short, no sentence punctuation,
// starting with a capital (or a letter of a script without capitals), and either written in
// Title Case ("Follow-up Care"), or ending in a colon (in a document whose known headings do not,
// a few words), or (in a document whose own headings have no colon) a few words as its known
// headings are written: in sentence case ("Follow-up care", "Cuidados de seguimiento") or in a
// script without capitals ("المتابعة", "随访护理"). Such a short line without a colon is a heading
// only with content after it (a list, or text ending a sentence): "Do not drive" before "Do not
// drink" stays text. A table after a line (tableFollows) is as a list after it.
// style: asked for only when the case has not decided (it reads every heading).
bool looksLikeUnknownHeading(const QString &line, const std::function<HeadingStyle()> &documentStyle,
                             const SourceBlock &next, bool tableFollows)
{
    const QString s = line.trimmed();
    if (s.isEmpty() || s.size() > 80 || startsList(s))
        return false;
    const QChar last = s.back();
    const QString &sentenceEnds = sentencePunctuation();
    if (sentenceEnds.contains(last))
        return false;
    const QChar first = s.front();
    const bool uncased = first.isLetter() && !first.isUpper() && !first.isLower();
    if (!uncased && !first.isUpper())
        return false;
    // Up to ten words in Title Case ("Medicines to Stop Seven Days Before Your Procedure"); up to
    // eight in sentence case above a list ("Medicamentos que debe suspender antes del
    // procedimiento"), where a sentence as long above text is an instruction without its stop.
    const QStringList words = s.split(u' ', Qt::SkipEmptyParts);
    constexpr int ShortWords = 6;
    constexpr int TitleWords = 10;
    constexpr int ListHeadingWords = 8;
    if (words.size() > TitleWords || (words.size() > ShortWords && hasInnerPunctuation(s)))
        return false;
    if (!uncased && inTitleCase(words))
        return true;
    const QString after = next.lines.join(u' ').trimmed();
    const bool list = startsList(next.lines.at(0)) || tableFollows;
    const bool noDigits = std::none_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); });
    const HeadingStyle style = documentStyle();
    // More than a few words: above a list, as long as a heading over one may be ("Cuándo llamar a
    // su cirujano", five words, was read as text while two and seven were headings).
    constexpr int FewWords = 4;
    if (words.size() > ShortWords || (words.size() > FewWords && list && !isColon(last)))
        return list && words.size() <= ListHeadingWords && !isColon(last) && noDigits && !hasInnerPunctuation(s) &&
               !style.colons && (uncased || style.sentenceCase);
    // A few words, none a number or a sentence's inner punctuation; written without spaces
    // (Chinese, Japanese), a few characters.
    const bool few = (words.size() == 1 && uncased ? s.size() <= FewCharacters : words.size() <= FewWords) &&
                     noDigits && !hasInnerPunctuation(s);
    // Any other line ending in a colon is a heading where the document's headings end in one, or
    // when it is a few words above text ("Theo dõi:", "随访："); a longer one, or one above a
    // list or a table, leads into what follows ("Call us if you notice:", "Watch for:" above the
    // warning signs, "Dose schedule:" above the doses) and stays in the section it is in.
    // Words in sentence case where the document writes its headings in Title Case lead into what
    // follows, colon or not ("Bring these:" above "Your card and a list of your medicines.").
    const bool sentenceInTitleCase = !uncased && words.size() > 1 && style.titleCase && !style.sentenceCase;
    if (isColon(last))
        return !sentenceInTitleCase && (style.colons || (few && !list));
    if (style.colons || (!uncased && !style.sentenceCase) || !few)
        return false;
    return next.lines.size() > 1 || list || (!after.isEmpty() && sentenceEnds.contains(after.back()));
}

// A line of a reference list without its bullet ("• CG-MED-23 Home Health Services").
QString withoutMarker(const QString &raw)
{
    if (const auto m = bulletLine().match(raw); m.hasMatch())
        return m.captured(1).trimmed();
    return raw.trimmed();
}

class Builder
{
public:
    Procedure p;
    QStringList nameParts;

    // Whether a block's lines start with a table.
    static bool startsWithTable(const QStringList &lines) { return tableAt(lines, 0).has_value(); }

    void startSection(const QString &key, const QString &heading)
    {
        p.sections.append(Section{key, heading, {}});
        inName = false;
    }

    void startName() { inName = true; }

    [[nodiscard]] bool inNameBody() const { return inName; }

    [[nodiscard]] Section *current() { return p.sections.isEmpty() ? nullptr : &p.sections.last(); }

    void addSubheading(const QString &text)
    {
        inName = false;
        Section *s = current();
        if (!s) {
            // A sub-heading before any section: keep it as a section of its own so nothing is lost.
            startSection(u"other"_s, text);
            return;
        }
        s->blocks.append(Block{BlockType::Subheading, text, {}, 1});
    }

    void addContent(const SourceBlock &block)
    {
        if (inName) {
            QString name;
            for (const QString &l : block.lines)
                if (name.isEmpty())
                    name = l.trimmed();
                else
                    appendLine(name, l.trimmed());
            nameParts << name;
            return;
        }
        Section *s = current();
        if (!s) {
            // Text between the code line and the first heading: an untitled section.
            startSection(u"other"_s, QString());
            s = current();
        }
        if (s->key == u"policies"_s)
            addPolicyBlock(*s, block);
        else if (s->key == u"similar_codes"_s)
            addSimilarCodesBlock(*s, block);
        else
            addTextBlock(*s, block);
    }

private:
    bool inName = false;

    static void appendMerged(Section &s, Block b)
    {
        if (!s.blocks.isEmpty()) {
            Block &prev = s.blocks.last();
            if (b.goesOn(prev)) {
                prev.items += b.items;
                return;
            }
        }
        s.blocks.append(std::move(b));
    }

    // A line that is an item of a list: its kind, mark (the bullet's sign), number, numbering
    // (Block::numbering) and text. A sub-step lettered or in roman numerals ("a. Bring your card",
    // "ii) Sign the form": label, its numbering and number read under a list, subStep()) and an
    // item marked with the letter o and a tab or spaces, as word processors mark a list's second
    // level, are items only under an item of a list: "a. m." and "e. g." begin no item, nor does
    // a wrapped line beginning with the word "o" (Spanish "or").
    struct ItemLine
    {
        BlockType type;
        QChar mark;
        int number;
        char16_t numbering;
        QString text;
        bool underItemOnly;
        QString label;
    };

    static std::optional<ItemLine> itemLine(const QString &raw)
    {
        static const QRegularExpression subStepLine(
            uR"(^(?|([A-Za-z]{1,7})[.)]|\(([A-Za-z]{1,7})\))\s+(?!\p{L}\.(?:\s|$))(\S.*)$)"_s);
        static const QRegularExpression letterO(uR"(^o(?:\t|\s{2,})\s*(\S.*)$)"_s);
        // The patterns read from the first character that is not a space of any kind (a no-break
        // space, an ideographic space).
        const QString line =
            raw.sliced(std::find_if(raw.cbegin(), raw.cend(), [](QChar c) { return !c.isSpace(); }) - raw.cbegin());
        if (const auto m = bulletLine().match(line); m.hasMatch())
            return ItemLine{BlockType::Bullets, line.front(), 1, u'1', m.captured(1).trimmed(), false, {}};
        if (const auto m = stepLine().match(line); m.hasMatch())
            return ItemLine{
                BlockType::Steps, {}, Digits::plain(m.captured(1)).toInt(), u'1', m.captured(2).trimmed(), false, {}};
        if (const auto m = subStepLine.match(line); m.hasMatch())
            return ItemLine{BlockType::Steps, {}, 0, u'1', m.captured(2).trimmed(), true, m.captured(1)};
        if (const auto m = letterO.match(line); m.hasMatch())
            return ItemLine{BlockType::Bullets, u'o', 1, u'1', m.captured(1).trimmed(), true, {}};
        return std::nullopt;
    }

    // What a sub-step's label reads as at level: a letter (a, A) or a roman numeral (i, I) that
    // begins a list, or goes on with the last sub-steps there ("i" after "h" is a letter, alone a
    // numeral); nothing for any other (an initial, a word).
    [[nodiscard]] std::optional<std::pair<char16_t, int>> subStep(const QString &label, int level) const
    {
        QList<std::pair<char16_t, int>> readings;
        if (const QChar c = label.front(); label.size() == 1)
            readings.append({c.isUpper() ? u'A' : u'a', c.toLower().unicode() - u'a' + 1});
        if (const int value = Digits::fromRoman(label); value > 0)
            readings.append({label.front().isUpper() ? u'I' : u'i', value});
        for (const auto &reading : readings) {
            if (reading == nextSubStep.at(level))
                return reading;
        }
        for (const auto &reading : readings) {
            if (reading.second == 1)
                return reading;
        }
        return std::nullopt;
    }

    // The column a line's first character stands at, a tab counting as four and an ideographic
    // space as two.
    static int indentOf(const QString &raw)
    {
        constexpr int TabWidth = 4;
        int column = 0;
        for (QChar c : raw) {
            if (!c.isSpace())
                break;
            column += c == u'\t' ? TabWidth : c == u'\u3000' ? 2 : 1;
        }
        return column;
    }

    // One level of the list the section's text ends in: where its marks stand, the mark of its
    // last item, and the number an item going on with it has.
    struct OpenList
    {
        int indent;
        QChar mark;
        bool steps;
        char16_t numbering;
        int next;
    };
    QList<OpenList> openLists;
    // The numbering and number sub-steps at each level would go on with, after the item above
    // them (c under step 3, after a and b under step 2).
    std::array<std::pair<char16_t, int>, Block::DeepestLevel + 1> nextSubStep{};

    // The level of a list item whose mark stands at column, and the open lists with it: under
    // the item above where its mark stands further in than that item's (two columns or more),
    // else the level of the open list it lines up with (a column's slip aside).
    [[nodiscard]] std::pair<int, QList<OpenList>> levelAt(int column) const
    {
        constexpr int FurtherIn = 2;
        QList<OpenList> lists = openLists;
        if (lists.isEmpty())
            return {0, {OpenList{column, {}, false, u'1', 0}}};
        if (column >= lists.last().indent + FurtherIn) {
            if (lists.size() <= Block::DeepestLevel)
                lists << OpenList{column, {}, false, u'1', 0};
            return {int(lists.size()) - 1, lists};
        }
        while (lists.size() > 1 && column + 1 < lists.last().indent)
            lists.removeLast();
        return {int(lists.size()) - 1, lists};
    }

    // Whether an item set further in than the list above is no list under its last item after
    // all, but an item of a list above it, its indent a slip: a step numbered on from one of those
    // lists ("1. One", "  2. Two"), or a bullet of the same sign as the one above that leads into
    // nothing (no colon) where no later line of the block comes back out ("• Stop aspirin",
    // "    • Stop fish oil", "    • Eat nothing"). A different sign, letters, or a list coming
    // back out say it is a list under the item.
    static int levelOfSlip(const ItemLine &item, int level, const QList<OpenList> &lists, const QString &above,
                           const QStringList &later, int column)
    {
        if (item.type == BlockType::Steps && !item.underItemOnly) {
            for (int l = 0; l < level; ++l) {
                if (lists.at(l).steps && lists.at(l).numbering == u'1' && lists.at(l).next == item.number)
                    return l;
            }
            return level;
        }
        const bool leadsIn = !above.isEmpty() && isColon(above.back());
        if (item.type != BlockType::Bullets || item.underItemOnly || item.mark != lists.at(level - 1).mark || leadsIn)
            return level;
        const bool comesBack = std::any_of(later.cbegin(), later.cend(), [column](const QString &line) {
            return itemLine(line) && indentOf(line) + 1 < column;
        });
        return comesBack ? level : level - 1;
    }

    void closeLists()
    {
        openLists.clear();
        nextSubStep.fill({});
    }

    // A table's lines at lines[from] (markdownTableAt(), columnsAt()): the table and the lines
    // it took.
    static std::optional<std::pair<Block, qsizetype>> tableAt(const QStringList &lines, qsizetype from)
    {
        if (auto table = markdownTableAt(lines, from))
            return table;
        // Tabs set to line cells up on screen ("Drug\t\tDose", "Magnesium IV\t4 g"): where rows
        // have as many cells only with empty ones filled in, or not as many at all, and as many
        // with each run of tabs one cell's end, the runs are.
        bool filledIn = false;
        auto table = columnsAt(lines, from, false, &filledIn);
        const auto tabRun = [&lines](qsizetype k) { return k < lines.size() && lines.at(k).contains(u"\t\t"_s); };
        if (filledIn || tabRun(from) || tabRun(from + 1)) {
            bool runsFilledIn = false;
            auto runs = columnsAt(lines, from, true, &runsFilledIn);
            if (runs && !runsFilledIn &&
                (!table || runs->second > table->second || (filledIn && runs->second == table->second)))
                return runs;
        }
        return table;
    }

    // A Markdown table: each row between bars ("| Time | Dose |"), a line of dashes under its
    // headings.
    static std::optional<std::pair<Block, qsizetype>> markdownTableAt(const QStringList &lines, qsizetype from)
    {
        static const QRegularExpression dashes(uR"(^:?-+:?$)"_s);
        // The cells between bars; a bar escaped ("\|") is the cell's.
        const auto barCells = [](const QString &raw) -> std::optional<QStringList> {
            const QString line = raw.trimmed();
            if (!line.startsWith(u'|') || line.count(u'|') - line.count(u"\\|"_s) < 2)
                return std::nullopt;
            QStringList cells{QString()};
            for (qsizetype i = 1; i < line.size(); ++i) {
                if (line.at(i) == u'\\' && i + 1 < line.size() && line.at(i + 1) == u'|')
                    cells.last() += line.at(++i);
                else if (line.at(i) == u'|')
                    cells << QString();
                else
                    cells.last() += line.at(i);
            }
            if (cells.last().trimmed().isEmpty() && line.endsWith(u'|') && !line.endsWith(u"\\|"_s))
                cells.removeLast();
            for (QString &cell : cells)
                cell = cell.trimmed();
            return cells;
        };
        Block table{BlockType::Table, {}, {}, 1};
        qsizetype at = from;
        for (; at < lines.size(); ++at) {
            const auto cells = barCells(lines.at(at));
            if (!cells)
                break;
            // A line of dashes right under the first row makes it the headings; any other is a row
            // as written ("| - | - |" for none).
            if (table.rows.size() == 1 && table.headerRows == 0 &&
                std::all_of(cells->cbegin(), cells->cend(),
                            [](const QString &c) { return dashes.match(c).hasMatch(); })) {
                table.headerRows = 1;
                continue;
            }
            table.rows << *cells;
        }
        if (table.rows.size() >= 2 || (table.rows.size() == 1 && table.headerRows == 1)) {
            return std::pair{table, at - from};
        }
        return std::nullopt;
    }

    // Two lines or more of the same number of cells, two and more, apart by tabs, or by runs of
    // spaces that line up in columns ("Ibuprofen     400 mg    every 6 hours").
    // With tabRuns, a run of tabs is one cell's end; *filledIn says whether a row had its last
    // cells left empty to be as wide as the first.
    static std::optional<std::pair<Block, qsizetype>> columnsAt(const QStringList &lines, qsizetype from, bool tabRuns,
                                                                bool *filledIn)
    {
        // Cells apart by tabs (each tab one cell's end: two, an empty cell), or by two spaces or
        // more where every line's cells start in the same columns (give or take one). A list's
        // item is no row.
        static const QRegularExpression eachTab(uR"( *\t *| {2,})"_s);
        static const QRegularExpression tabRun(uR"( *\t[\t ]*| {2,})"_s);
        const QRegularExpression &apart = tabRuns ? tabRun : eachTab;
        struct Row
        {
            QStringList cells;
            QList<qsizetype> starts; // columns, for cells apart by spaces
            bool tabs = false;
            qsizetype widestGap = 0;
        };
        const auto rowOf = [&apart](const QString &raw) {
            Row row;
            const QString line = raw.trimmed();
            // Where each cell starts as the eye sees it: a Han letter stands two columns wide.
            const qsizetype indent =
                line.isEmpty() ? 0 : TextWidth::columns(QStringView(raw).first(raw.indexOf(line.front())));
            qsizetype start = 0;
            for (const QRegularExpressionMatch &m : apart.globalMatch(line)) {
                row.cells << line.mid(start, m.capturedStart() - start);
                row.starts << indent + TextWidth::columns(QStringView(line).first(start));
                row.tabs = row.tabs || m.captured().contains(u'\t');
                row.widestGap = std::max(row.widestGap, m.capturedLength());
                start = m.capturedEnd();
            }
            row.cells << line.mid(start);
            row.starts << indent + TextWidth::columns(QStringView(line).first(start));
            return row;
        };
        QList<Row> rows;
        qsizetype at = from;
        for (; at < lines.size() && !itemLine(lines.at(at)); ++at) {
            Row row = rowOf(lines.at(at));
            if (row.cells.size() < 2)
                break;
            if (!rows.isEmpty()) {
                const Row &first = rows.first();
                // A line's last tabs went with its trailing spaces: its last cells are empty.
                if (row.tabs && first.tabs && row.cells.size() < first.cells.size()) {
                    row.cells.resize(first.cells.size());
                    if (filledIn)
                        *filledIn = true;
                }
                if (row.cells.size() != first.cells.size() || row.tabs != first.tabs ||
                    (!row.tabs && !std::equal(row.starts.cbegin(), row.starts.cend(), first.starts.cbegin(),
                                              [](qsizetype a, qsizetype b) { return std::abs(a - b) <= 1; })))
                    break;
            }
            rows << row;
        }
        if (rows.size() < 2)
            return std::nullopt;
        // No table: sentences with two spaces after each full stop, wrapped alike; two lines whose
        // two spaces happen to fall in one column ("Call us  today", "Take it  daily"): a table
        // of two rows set with spaces has a wider gap somewhere.
        // (A sentence's end may stand inside its closing quotation mark or bracket: "home.”")
        static const QString ends = u".!?;:,\u2026\u3002\uFF01\uFF1F\uFF1A\u061F\u060C\uFF0C\u3001"_s;
        static const QString closers = u"\"')]}\u2019\u201D\u00BB\uFF09\u300D\u300F"_s;
        const auto endsASentence = [](QString cell) {
            while (!cell.isEmpty() && closers.contains(cell.back()))
                cell.chop(1);
            return !cell.isEmpty() && ends.contains(cell.back());
        };
        const bool sentences = !rows.first().tabs && std::all_of(rows.cbegin(), rows.cend(), [&](const Row &row) {
            return std::all_of(row.cells.cbegin(), row.cells.cend() - 1, endsASentence);
        });
        const bool byChance = !rows.first().tabs && rows.size() == 2 &&
                              std::all_of(rows.cbegin(), rows.cend(), [](const Row &row) { return row.widestGap < 3; });
        if (sentences || byChance)
            return std::nullopt;
        Block table{BlockType::Table, {}, {}, 1};
        for (const Row &row : std::as_const(rows))
            table.rows << row.cells;
        return std::pair{table, at - from};
    }

    void addTextBlock(Section &s, const SourceBlock &block)
    {
        // Tables apart, each a block of its own; the lines between them as text.
        QStringList text;
        const auto addText = [&] {
            if (!text.isEmpty())
                addLines(s, std::exchange(text, {}));
        };
        for (qsizetype i = 0; i < block.lines.size();) {
            if (const auto table = tableAt(block.lines, i)) {
                addText();
                closeLists();
                s.blocks.append(table->first);
                i += table->second;
            } else {
                text << block.lines.at(i++);
            }
        }
        addText();
    }

    void addLines(Section &s, const QStringList &lines)
    {
        if (s.blocks.isEmpty() || !s.blocks.last().isList())
            closeLists();
        QList<Block> out;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString &raw = lines.at(i);
            const QString line = raw.trimmed();
            Block *cur = out.isEmpty() ? nullptr : &out.last();
            std::optional<ItemLine> item = itemLine(raw);
            int level = 0;
            QList<OpenList> lists;
            if (item) {
                const int column = indentOf(raw);
                std::tie(level, lists) = levelAt(column);
                // Set further in than the list above, or a step not going on with the list it
                // lines up with: perhaps an item of a list above it after all.
                const OpenList &own = lists.at(level);
                const bool numbered = item->type == BlockType::Steps && !item->underItemOnly;
                const bool goesOnHere = numbered && own.steps && own.numbering == u'1' && own.next == item->number;
                if (level > 0 && (lists.size() > openLists.size() || (numbered && !goesOnHere))) {
                    const Block &above = cur ? *cur : s.blocks.last();
                    const QString aboveItem = above.isList() ? above.items.last() : QString();
                    const int slip = levelOfSlip(*item, level, lists, aboveItem, lines.mid(i + 1), column);
                    if (slip < level) {
                        level = slip;
                        lists.resize(slip + 1);
                    }
                }
                if (item->underItemOnly && level == 0) {
                    item.reset();
                } else if (!item->label.isEmpty()) {
                    if (const auto reading = subStep(item->label, level))
                        std::tie(item->numbering, item->number) = *reading;
                    else
                        item.reset();
                }
            }
            if (item) {
                lists[level] = OpenList{lists.at(level).indent, item->mark, item->type == BlockType::Steps,
                                        item->numbering, item->number + 1};
                openLists = lists;
                if (item->numbering != u'1')
                    nextSubStep.at(level) = {item->numbering, item->number + 1};
                Block next{item->type, {}, {item->text}, item->number, level, item->numbering};
                if (cur && next.goesOn(*cur))
                    cur->items << item->text;
                else
                    out.append(std::move(next));
            } else if (cur && cur->isList() && (raw.front().isSpace() || continues(cur->items.last(), line))) {
                // An indented line after a list item continues that item, as does a line going on
                // with its sentence ("• Call us if you feel" above "short of breath").
                appendLine(cur->items.last(), line);
            } else if (cur && cur->type == BlockType::Paragraph &&
                       !standsApart(lines.at(i - 1).trimmed(), cur->text, line)) {
                appendLine(cur->text, line);
            } else {
                closeLists();
                out.append(Block{BlockType::Paragraph, line, {}, 1});
            }
        }
        for (Block &b : out)
            appendMerged(s, std::move(b));
    }

    // line goes on with item's sentence, wrapped at the end of a long line: item is long and has
    // no sentence's end, and line starts in lower case and is no item of its own ("a) wash it",
    // "o pills": a list under the item stays apart). Under a short item ("• Glipizide"), a line
    // in lower case is a sentence of its own.
    static bool continues(const QString &item, const QString &line)
    {
        constexpr int WrappedAtLeast = 40;
        static const QString ends = u".!?:;\u3002\uFF01\uFF1F\uFF1A\u061F"_s;
        static const QRegularExpression subItem(uR"(^(?:\p{Ll}[.)]|[ivx]{2,4}[.)]|o)\s)"_s);
        return item.size() >= WrappedAtLeast && !ends.contains(item.back()) && !line.isEmpty() &&
               line.front().isLower() && !subItem.match(line).hasMatch();
    }

    // line is a paragraph of its own, not the next line of a wrapped one: it opens with a label
    // ("3 days before:", "Day 2:", "手术当天：") after a line that ended its sentence, or in a
    // paragraph that opened with a label too (its entry may have wrapped). A schedule written a
    // time a line stays a schedule; a sentence wrapped at "the" or "9:00 a.m." goes on.
    static bool standsApart(const QString &above, const QString &paragraph, const QString &line)
    {
        // Up to four words from a capital, a digit or a letter of a script without capitals, then
        // a colon and a space, or a full-width colon.
        static const QRegularExpression label(
            uR"(^[\p{Lu}\p{Lt}\p{Lo}\p{Nd}][^\s:\x{FF1A}.!?\x{3002}]{0,30}(?:\s[^\s:\x{FF1A}.!?\x{3002}]+){0,3}(?::\s+|\x{FF1A}\s*)\S)"_s);
        static const QRegularExpression sentenceEnd(
            uR"([.!?\x{3002}\x{FF01}\x{FF1F}\x{061F}][)\]"'\x{201D}\x{2019}\x{00BB}\x{FF09}]*$)"_s);
        // A dose a line, its sign before it ("- 2.5 mL for 5-7 kg", "+ 2 units if over 200"): no
        // bullet (the sign is the dose's), but a line of its own after a sentence, the words
        // leading into it or another dose, and so is a line in capitals after one. Glued, a
        // child's doses by weight ran into one line. A range wrapped at its dash ("every 4" above
        // "- 6 hours") goes on, as does a dose's line wrapped ("儿童", "(1 teaspoon)").
        static const QRegularExpression signedAmount(uR"(^[\-\x{2013}+]\s+\p{Nd})"_s);
        static const QRegularExpression leadsIn(uR"([:\x{FF1A}]$)"_s);
        const QStringView opening = openingOf(paragraph);
        const bool afterADose = signedAmount.match(opening).hasMatch();
        if (signedAmount.match(line).hasMatch()
                ? afterADose || sentenceEnd.match(above).hasMatch() || leadsIn.match(above).hasMatch()
                : afterADose && !line.isEmpty() && (line.front().isUpper() || line.front().isTitleCase()))
            return true;
        return label.match(line).hasMatch() && (sentenceEnd.match(above).hasMatch() || label.match(opening).hasMatch());
    }

    // The start of a paragraph, all that a pattern anchored there reads. Matched on the whole of a
    // paragraph growing a line at a time, every line cost the paragraph's length (Qt checks the
    // whole subject's UTF-16 first), and one long paragraph made a large document's parse
    // quadratic: seconds for a megabyte. A label of words longer than this is no label.
    static QStringView openingOf(const QString &paragraph)
    {
        constexpr qsizetype Enough = 256;
        QStringView opening(paragraph);
        if (opening.size() > Enough) {
            opening = opening.first(Enough);
            if (opening.back().isHighSurrogate())
                opening.chop(1);
        }
        return opening;
    }

    void addPolicyBlock(Section &s, const SourceBlock &block)
    {
        // A block is a group name followed by "ID Title" lines; anything else stays a paragraph.
        // A group named in an earlier block carries on; "Related policies from health plans" is no group.
        QString group;
        if (!s.blocks.isEmpty() && s.blocks.last().type == BlockType::Subheading &&
            SectionKeys::matchHeading(s.blocks.last().text).kind == HeadingKind::None)
            group = s.blocks.last().text;
        // A group's name a block of its own above its policies ("Home Health", a blank line, then
        // "CG-MED-23 Home Health"): a short line that ends no sentence.
        static const QRegularExpression endsASentence(uR"([.!?:;\x{3002}]$)"_s);
        if (Block *above = s.blocks.isEmpty() ? nullptr : &s.blocks.last();
            group.isEmpty() && above && above->type == BlockType::Paragraph && !block.lines.isEmpty() &&
            policyLine().match(withoutMarker(block.lines.first())).hasMatch() && above->text.size() <= 60 &&
            !endsASentence.match(above->text).hasMatch() &&
            SectionKeys::matchHeading(above->text).kind == HeadingKind::None) {
            above->type = BlockType::Subheading;
            group = above->text;
        }
        for (qsizetype i = 0; i < block.lines.size(); ++i) {
            const QString line = withoutMarker(block.lines.at(i));
            if (const auto m = policyLine().match(line); m.hasMatch()) {
                p.policies.append(Policy{group, m.captured(1), m.captured(2).trimmed()});
                appendMerged(s, Block{BlockType::Bullets, {}, {line}, 1});
                continue;
            }
            const bool nextIsPolicy =
                i + 1 < block.lines.size() && policyLine().match(withoutMarker(block.lines.at(i + 1))).hasMatch();
            if (nextIsPolicy) {
                group = line;
                s.blocks.append(Block{BlockType::Subheading, line, {}, 1});
            } else {
                s.blocks.append(Block{BlockType::Paragraph, line, {}, 1});
            }
        }
    }

    void addSimilarCodesBlock(Section &s, const SourceBlock &block)
    {
        for (const QString &raw : block.lines) {
            const QString line = withoutMarker(raw);
            if (const auto m = similarCodeLine().match(line); m.hasMatch()) {
                p.similarCodes.append(SimilarCode{m.captured(1), m.captured(2).trimmed()});
                appendMerged(s, Block{BlockType::Bullets, {}, {line}, 1});
            } else {
                s.blocks.append(Block{BlockType::Paragraph, line, {}, 1});
            }
        }
    }
};

QList<SourceBlock> splitBlocks(const QString &text)
{
    QList<SourceBlock> blocks;
    const QStringList lines = text.split(u'\n');
    SourceBlock cur;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (isBlank(line)) {
            if (!cur.lines.isEmpty())
                blocks.append(std::exchange(cur, SourceBlock{}));
            continue;
        }
        if (cur.lines.isEmpty())
            cur.firstLine = int(i + 1);
        cur.lines << rightTrimmed(line);
    }
    if (!cur.lines.isEmpty())
        blocks.append(cur);
    return blocks;
}

bool isSingleLine(const SourceBlock &b)
{
    return b.lines.size() == 1;
}

// The name heading with the name after it on its line ("Name of the Procedure: Punch Biopsy"), as
// two blocks: read as one line of text, it left the procedure titled by its descriptor. Only where
// the name belongs, the first line of a block after the code line and above every other heading:
// further down, "Procedure name: ____" on a form is a line of its section.
QList<SourceBlock> withNameApart(QList<SourceBlock> blocks)
{
    const auto code = std::find_if(blocks.cbegin(), blocks.cend(), [](const SourceBlock &block) {
        return std::any_of(block.lines.cbegin(), block.lines.cend(),
                           [](const QString &l) { return codeLine(l).found; });
    });
    for (qsizetype k = code == blocks.cend() ? blocks.size() : code - blocks.cbegin() + 1; k < blocks.size(); ++k) {
        const QString line = blocks.at(k).lines.at(0);
        const qsizetype colon = headingColon(line);
        const HeadingKind kind = SectionKeys::matchHeading(colon > 0 ? line.left(colon) : line).kind;
        if (kind == HeadingKind::None)
            continue;
        if (kind != HeadingKind::Name || colon <= 0 || line.mid(colon + 1).trimmed().isEmpty())
            break;
        SourceBlock name = blocks.at(k);
        blocks[k].lines = QStringList{line.left(colon + 1)};
        name.lines[0] = line.mid(colon + 1).trimmed();
        blocks.insert(k + 1, name);
        break;
    }
    return blocks;
}

// A line numbered as a document's outline is: "2. Preparation", "２．准备", "١- التحضير", and in
// Chinese numerals "二、准备" (but "2.5 mg" is a dose, "2.10.2024" a date). captured(1) is the
// number, captured(2) the words.
const QRegularExpression &outlineLine()
{
    static const QRegularExpression re(
        uR"(^\s*(\p{Nd}{1,2}|[一二三四五六七八九十]{1,3})(?:[.)\x{FF0E}\x{FF09}\x{3001}](?:\s+|(?=\p{L}))|[\-\x{2013}]\s+(?=\p{L}))(\S.*)$)"_s);
    return re;
}

// The value of an outline's number, in any script's digits or in Chinese numerals (一 to 九十九);
// 0 for none.
int outlineValue(const QString &number)
{
    static const QString chinese = u"一二三四五六七八九"_s;
    if (const int digits = Digits::plain(number).toInt(); digits > 0)
        return digits;
    const qsizetype ten = number.indexOf(u'十');
    const auto digit = [&](QStringView d) { return d.isEmpty() ? -1 : int(chinese.indexOf(d)) + 1; };
    if (ten < 0)
        return number.size() == 1 ? std::max(0, digit(number)) : 0;
    const int tens = ten == 0 ? 1 : digit(QStringView(number).first(ten));
    const int units = ten + 1 == number.size() ? 0 : digit(QStringView(number).sliced(ten + 1));
    return tens > 0 && units >= 0 && ten <= 1 ? tens * 10 + units : 0;
}

// Whether the step that starts the block after an outline's line goes on from it ("1.
// Preparation" above "2. Procedure": steps whose words are headings); one numbered anew ("1.",
// under "3. How it is done") or in other numerals ("1." under "二、准备") begins the section's
// own list.
bool stepsGoOnFrom(const QString &outlineNumber, const QString &nextLine)
{
    const auto step = stepLine().match(nextLine);
    return step.hasMatch() && outlineNumber.front().isDigit() &&
           Digits::plain(step.captured(1)).toInt() == outlineValue(outlineNumber) + 1;
}

// Block k of blocks as a heading: a line of its own that is a known heading, or, in a document
// whose headings are numbered (numbered), a number and a known section or name heading ("2.
// Preparation", "3) Risks", "1. Name of the Procedure:") with text after it that is no step
// numbered on from it: the number is the document's outline. Steps whose words are headings
// ("1. Preparation", "2. Procedure", each a block) stay steps, as does a numbered outline inside
// a section of a document whose headings have no numbers.
// numbered: asked only of a line with a number before a heading's words.
SectionKeys::HeadingMatch headingOf(const QList<SourceBlock> &blocks, qsizetype k, const QStringList &languages,
                                    const std::function<bool()> &numbered)
{
    if (!isSingleLine(blocks.at(k)))
        return {};
    // A heading of a table, or one Chinese builds of a table's words (not asked of a descriptor
    // or by numbered(): a procedure may be called 产后护理).
    const auto known = [&languages](const QString &words) {
        const SectionKeys::HeadingMatch h = SectionKeys::matchHeading(words, languages);
        return h.kind != HeadingKind::None ? h : SectionKeys::builtChineseHeading(words, languages);
    };
    const QString &line = blocks.at(k).lines.at(0);
    const SectionKeys::HeadingMatch h = known(line);
    if (h.kind != HeadingKind::None)
        return h;
    const auto m = outlineLine().match(line);
    if (!m.hasMatch() || k + 1 >= blocks.size() || stepsGoOnFrom(m.captured(1), blocks.at(k + 1).lines.at(0)))
        return {};
    const SectionKeys::HeadingMatch n = known(m.captured(2));
    return (n.kind == HeadingKind::Section || n.kind == HeadingKind::Name) && numbered() ? n
                                                                                         : SectionKeys::HeadingMatch{};
}

// A line of a document whose headings are numbered that is the next heading, known or not ("8.
// Follow-up" after "7. Setting", "六、注意事项" after "五、风险"): numbered on from the last
// heading (outline), a few words (a few characters, in a script written without spaces) and no
// sentence, with text after it that is no step numbered on from it, and no step numbered on from
// the section's last list of steps (a note between steps 4 and 5, a sub-list under step 2).
bool numberedOn(const QString &line, int outline, const Section &section, const SourceBlock &next)
{
    const auto m = outlineLine().match(line);
    if (outline == 0 || !m.hasMatch() || outlineValue(m.captured(1)) != outline + 1 ||
        stepsGoOnFrom(m.captured(1), next.lines.at(0)))
        return false;
    const auto steps = std::find_if(section.blocks.crbegin(), section.blocks.crend(), [](const Block &b) {
        return b.type == BlockType::Steps && b.level == 0 && b.numbering == u'1';
    });
    if (steps != section.blocks.crend() && steps->start + steps->items.size() == outline + 1)
        return false;
    const QString words = m.captured(2).trimmed();
    const bool spaced = words.contains(u' ') || words.front().script() == QChar::Script_Latin;
    return words.size() <= (spaced ? 60 : FewCharacters) && !sentencePunctuation().contains(words.back()) &&
           words.count(u' ') < 8 && (spaced || !hasInnerPunctuation(words));
}

} // namespace

DocumentParser::Decoded DocumentParser::decode(const QByteArray &bytes)
{
    Decoded d;
    if (bytes.isEmpty()) {
        d.error = tr("the file is empty");
        return d;
    }
    QStringDecoder::Encoding encoding = QStringDecoder::Utf8;
    qsizetype skip = 0;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        skip = 3;
    } else if (bytes.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4))) {
        encoding = QStringDecoder::Utf32LE;
        skip = 4;
    } else if (bytes.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4))) {
        encoding = QStringDecoder::Utf32BE;
        skip = 4;
    } else if (bytes.startsWith("\xFF\xFE")) {
        encoding = QStringDecoder::Utf16LE;
        skip = 2;
    } else if (bytes.startsWith("\xFE\xFF")) {
        encoding = QStringDecoder::Utf16BE;
        skip = 2;
    }
    const QByteArrayView body = QByteArrayView(bytes).sliced(skip);

    if (encoding == QStringDecoder::Utf8) {
        if (const qsizetype nul = body.indexOf('\0'); nul >= 0) {
            // Every other byte zero in mostly-ASCII text is UTF-16 that lost its byte-order mark.
            qsizetype zeros = 0;
            const qsizetype probe = std::min<qsizetype>(body.size(), 512);
            for (qsizetype i = 0; i < probe; ++i)
                zeros += body.at(i) == '\0';
            if (probe >= 4 && zeros * 10 >= probe * 4 && zeros * 10 <= probe * 6)
                d.error = tr("the file looks like UTF-16 text without a byte-order mark; save it as UTF-8 "
                             "(or UTF-16 with a byte-order mark) and import it again");
            else
                d.error = tr("the file is binary, not a text document (NUL byte at offset %1)").arg(nul + skip);
            return d;
        }
    }

    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    d.text = decoder.decode(body);
    if (decoder.hasError()) {
        // Find the first line that does not decode, so staff can open the file and look.
        int line = 1;
        if (encoding == QStringDecoder::Utf8) {
            qsizetype start = 0;
            while (start <= body.size()) {
                qsizetype end = body.indexOf('\n', start);
                if (end < 0)
                    end = body.size();
                QStringDecoder probe(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
                (void)QString(probe.decode(body.sliced(start, end - start)));
                if (probe.hasError())
                    break;
                ++line;
                start = end + 1;
            }
            d.error = tr("line %1: the text is not valid UTF-8; save the file as UTF-8 and import it again").arg(line);
        } else {
            line = 0;
            d.error = tr("the text does not decode with the encoding its byte-order mark announces");
        }
        d.line = line;
        d.text.clear();
        return d;
    }

    d.text.replace(u"\r\n"_s, u"\n"_s);
    d.text.replace(u'\r', u'\n');

    int line = 1;
    // The text refused at this line, for why.
    const auto refuse = [&d, &line](const QString &why) {
        d.error = why;
        d.line = line;
        d.text.clear();
        return d;
    };
    for (qsizetype i = 0; i < d.text.size(); ++i) {
        const char16_t u = d.text.at(i).unicode();
        if (u == u'\n') {
            ++line;
            continue;
        }
        // UTF-16 with a byte-order mark decodes a lone surrogate without complaint; it is not a
        // character, could never be stored or printed as written, and would come back as "?".
        if (QChar::isSurrogate(u)) {
            const bool paired = QChar::isHighSurrogate(u) && i + 1 < d.text.size() && d.text.at(i + 1).isLowSurrogate();
            if (!paired)
                return refuse(tr("line %1: the text is not valid UTF-16 (an unpaired surrogate); save the file as "
                                 "UTF-8 and import it again")
                                  .arg(line));
            ++i;
            continue;
        }
        if ((u < 0x20 && u != u'\t' && u != u'\f' && u != u'\v') || u == 0x7F)
            return refuse(tr("line %1: control character U+%2 found; this is not a plain-text procedure document")
                              .arg(QString::number(line), Digits::codePoint(u)));
        // A C1 control (U+0080 to U+009F) prints as nothing. In a text file it is almost always
        // a Windows-1252 curly quote, dash or euro sign that a conversion read as Latin-1.
        if (u >= 0x80 && u <= 0x9F)
            return refuse(tr("line %1: control character U+%2 found, where a Windows-1252 quote or dash may have "
                             "been converted as Latin-1; save the file from the original as UTF-8 and import it "
                             "again")
                              .arg(QString::number(line), Digits::codePoint(u)));
        // A noncharacter: SQLite turns it into U+FFFD when it reads the text back, so stored it
        // would come back altered (and the procedure fail its checksum).
        if (u == 0xFFFE || u == 0xFFFF)
            return refuse(tr("line %1: U+%2 is not a character (a noncharacter); this is not a plain-text "
                             "procedure document")
                              .arg(QString::number(line), Digits::codePoint(u)));
    }
    return d;
}

// The script most lines of the text from block from on are written in, headings and code lines
// left out (a translation may keep English ones); Script_Unknown when no script has most.
static QChar::Script scriptOfText(const QList<SourceBlock> &blocks, qsizetype from)
{
    // Most documents hold no letter past Latin's (below Greek, U+0370): Latin, without reading
    // each line's letters (an import parses every file).
    const bool beyondLatin = std::any_of(blocks.cbegin() + from, blocks.cend(), [](const SourceBlock &b) {
        return std::any_of(b.lines.cbegin(), b.lines.cend(), [](const QString &line) {
            return std::any_of(line.cbegin(), line.cend(),
                               [](QChar c) { return c.unicode() >= 0x0370 && c.isLetter(); });
        });
    });
    if (!beyondLatin)
        return QChar::Script_Latin;
    QHash<QChar::Script, int> lines;
    int counted = 0;
    for (qsizetype k = from; k < blocks.size(); ++k) {
        for (const QString &line : blocks.at(k).lines) {
            if (codeLine(line).found || SectionKeys::matchHeading(line).kind != HeadingKind::None)
                continue;
            if (const QChar::Script script = Languages::scriptOf(line); script != QChar::Script_Unknown) {
                ++lines[script];
                ++counted;
            }
        }
    }
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        if (2 * it.value() > counted)
            return it.key();
    }
    return QChar::Script_Unknown;
}

ParseResult DocumentParser::parse(const QByteArray &bytes, const QString &fileName, const QString &language)
{
    ParseResult result;
    const Languages::Language *given = language.isEmpty() ? nullptr : Languages::find(language);
    if (!language.isEmpty() && !given) {
        result.error =
            tr("\u201c%1\u201d is not a language Careleaf knows (known: %2)").arg(language, Languages::knownCodes());
        return result;
    }
    if (bytes.size() > MaxDocumentBytes) {
        result.error = tr("the file is %1 bytes, over the %2 MiB limit for a procedure document")
                           .arg(bytes.size())
                           .arg(MaxDocumentBytes / (1024 * 1024));
        return result;
    }
    const Decoded decoded = decode(bytes);
    if (!decoded.error.isEmpty()) {
        result.error = decoded.error;
        result.line = decoded.line;
        return result;
    }

    const QList<SourceBlock> blocks = withNameApart(splitBlocks(decoded.text));
    if (blocks.isEmpty()) {
        result.error = tr("the file holds only blank lines");
        return result;
    }

    // How many of the lines each language's table knows the document uses: the most is its language.
    QHash<QString, int> votes;
    const auto voteFor = [&votes](const QStringList &languages) {
        for (const QString &code : languages)
            ++votes[code];
    };
    qsizetype i = 0;
    if (isSingleLine(blocks.at(0))) {
        const QStringList pageOf = languagesListing<&Languages::Language::pageHeaders>(blocks.at(0).lines.at(0));
        if (!pageOf.isEmpty()) {
            voteFor(pageOf);
            ++i; // page chrome
        }
    }
    if (i >= blocks.size()) {
        result.error = tr("no procedure content after the page header");
        return result;
    }
    // Lines above the descriptor (a note written on a printed copy, a title above the page
    // header): the descriptor is the block just above the code line, found among the first
    // blocks; what stands before it is kept as text, but for a page header, which is chrome.
    QList<SourceBlock> preamble;
    bool belowItsPlace = false; // the descriptor: a document in a language without a table looks so
    {
        const qsizetype look = std::min<qsizetype>(blocks.size(), i + 5);
        for (qsizetype k = i; k < look; ++k) {
            const SourceBlock &block = blocks.at(k);
            if (isSingleLine(block) && SectionKeys::matchHeading(block.lines.at(0)).kind != HeadingKind::None)
                break; // the body has begun: no code line up here
            const auto code = std::find_if(block.lines.cbegin(), block.lines.cend(),
                                           [](const QString &l) { return codeLine(l).found; });
            if (code == block.lines.cend())
                continue;
            // The descriptor: this block's lines above the code line, else the block above (a
            // page header there is no descriptor: refused below as one missing).
            const qsizetype descriptor = code != block.lines.cbegin() ? k : k - 1;
            if (descriptor > i && isSingleLine(blocks.at(descriptor)) &&
                !languagesListing<&Languages::Language::pageHeaders>(blocks.at(descriptor).lines.at(0)).isEmpty())
                break;
            for (qsizetype before = i; before < descriptor; ++before) {
                const SourceBlock &extra = blocks.at(before);
                const QStringList pageOf = isSingleLine(extra)
                                               ? languagesListing<&Languages::Language::pageHeaders>(extra.lines.at(0))
                                               : QStringList();
                if (pageOf.isEmpty())
                    preamble << extra;
                else
                    voteFor(pageOf);
            }
            belowItsPlace = descriptor > i;
            i = std::max(i, descriptor);
            break;
        }
    }
    for (qsizetype k = i; k < blocks.size(); ++k) {
        const QString line = blocks.at(k).lines.at(0);
        if (const CodeLine code = codeLine(line); code.found)
            voteFor(languagesListing<&Languages::Language::codeWords>(code.word));
        else
            voteFor(headingOf(blocks, k, {}, [] { return true; }).languages);
    }
    QString documentLanguage = Procedure::DefaultLanguage;
    int most = 0; // of equals, the first table (English first)
    for (const Languages::Language &l : Languages::all()) {
        if (votes.value(l.code) > most) {
            most = votes.value(l.code);
            documentLanguage = l.code;
        }
    }
    // A translation that kept the English headings: its text, written in a script only one
    // table is written in (Arabic, Chinese, Korean, Russian), is that language's, not English
    // (whose version it would replace).
    // Chinese: the script of its characters, Simplified or Traditional, says which table is its.
    const QChar::Script textScript = scriptOfText(blocks, i + 1);
    QString chinese;
    if (textScript == QChar::Script_Han) {
        for (qsizetype k = i + 1; k < blocks.size(); ++k)
            chinese += blocks.at(k).lines.join(u'\n');
    }
    const QStringList writtenInIt = Languages::writtenIn(textScript, chinese);
    if (given && writtenInIt.size() == 1 && !writtenInIt.contains(given->code)) {
        const Languages::Language *text = Languages::find(writtenInIt.first());
        result.error = tr("its text is written in the script of %1 (%2), not of %3 (%4) as --language says: import "
                          "it without --language, or with --language %2")
                           .arg(Languages::localName(*text), text->code, Languages::localName(*given), given->code);
        return result;
    }
    if (!given && writtenInIt.size() == 1 && !writtenInIt.contains(documentLanguage))
        documentLanguage = writtenInIt.first();
    if (given && given->code != documentLanguage) {
        // A language given for a document whose headings are plainly another's (English ones are
        // read in any language): its sections would be lost among "Other", and it would replace
        // that language's version of the procedure, not add its own.
        if (documentLanguage != Procedure::DefaultLanguage &&
            most > std::max(votes.value(given->code), votes.value(Procedure::DefaultLanguage))) {
            const Languages::Language *headings = Languages::find(documentLanguage);
            result.error =
                tr("its headings are in %1 (%2), not in %3 (%4) as --language says: import it "
                   "without --language, or with --language %2")
                    .arg(Languages::localName(*headings), headings->code, Languages::localName(*given), given->code);
            return result;
        }
        documentLanguage = given->code;
    }
    // Headings of the document's language, and English ones a translation may have kept: a
    // line that is a heading only in some other language ("Personal") is text.
    const QStringList headingLanguages{documentLanguage, Procedure::DefaultLanguage};

    Builder b;
    b.p.language = documentLanguage;
    std::optional<std::pair<int, QString>> unknownCodeLine; // (line, text) of a code line in another system
    {
        const SourceBlock &first = blocks.at(i);
        const QString firstLine = first.lines.at(0).trimmed();
        if (codeLine(firstLine).found ||
            (isSingleLine(first) && SectionKeys::matchHeading(firstLine).kind != HeadingKind::None)) {
            result.error = tr("line %1: expected the official code descriptor, found \"%2\"")
                               .arg(first.firstLine)
                               .arg(firstLine.left(80));
            result.line = first.firstLine;
            return result;
        }
        // The descriptor block may carry the code-system line directly under it.
        QStringList descriptorLines;
        QStringList rest;
        for (const QString &l : first.lines) {
            if (rest.isEmpty() && !codeLine(l).found)
                descriptorLines << l.trimmed();
            else
                rest << l;
        }
        // Or a line that reads like one in a code system Careleaf does not know: text, not part of
        // the descriptor (which names the procedure when it has no code).
        const auto codeLineBelow = [&] {
            return i + 1 < blocks.size() && codeLine(blocks.at(i + 1).lines.at(0)).found;
        };
        if (rest.isEmpty() && descriptorLines.size() > 1 && looksLikeCodeLine(descriptorLines.last()) &&
            !codeLineBelow()) {
            unknownCodeLine.emplace(first.firstLine + int(descriptorLines.size()) - 1, first.lines.last());
            descriptorLines.removeLast();
            b.addContent(SourceBlock{unknownCodeLine->first, {unknownCodeLine->second}});
        }
        b.p.descriptor = descriptorLines.join(u' ');
        ++i;
        QStringList codeLines = rest;
        int codeLineNumber = first.firstLine + int(descriptorLines.size());
        if (codeLines.isEmpty() && i < blocks.size() && codeLine(blocks.at(i).lines.at(0)).found) {
            codeLineNumber = blocks.at(i).firstLine;
            codeLines = blocks.at(i++).lines;
        }
        if (!codeLines.isEmpty()) {
            const CodeLine line = codeLine(codeLines.at(0));
            b.p.codeSystem = canonicalSystem(line.system);
            // A document is one procedure, known by one code: of two codes, either would make it
            // a procedure apart from the other's.
            const auto severalCodes = [&result](const QString &text, int lineNumber) {
                result.error = tr("line %1 gives more than one code (\"%2\"): a document describes one procedure, "
                                  "under one code; give each code a document of its own")
                                   .arg(lineNumber)
                                   .arg(text.trimmed().left(80));
                result.line = lineNumber;
                return result;
            };
            if (const QString given = line.code + u' ' + line.rest; severalCodesAlone(given))
                return severalCodes(given, codeLineNumber);
            // The full stop of a sentence ("CPT4 code 99213.") is not the code's: kept, it made
            // "99213." a procedure apart from 99213.
            b.p.code = bareCode(line.code);
            if (!b.p.code.isEmpty() && !codeToken().match(b.p.code).hasMatch()) {
                result.error = tr("line %1: \"%2\" is not a procedure code").arg(codeLineNumber).arg(b.p.code.left(80));
                result.line = codeLineNumber;
                return result;
            }
            // Words after the code ("96417 (add-on)", "J1100 \u2013 dexamethasone") are the
            // document's: the line is kept as text too.
            if (!line.rest.isEmpty())
                b.addContent(SourceBlock{codeLineNumber, {codeLines.at(0)}});
            // The code may stand on the line below the code-system line, or in the next block;
            // codes alone there are the line's codes too.
            const auto codeIn = [system = b.p.codeSystem](const QString &line) {
                const QString code = bareCode(Digits::plain(line.trimmed()));
                return codeToken().match(code).hasMatch() && fitsSystem(system, code) ? code : QString();
            };
            if (b.p.code.isEmpty() && codeLines.size() > 1) {
                if (severalCodesAlone(codeLines.at(1)))
                    return severalCodes(codeLines.at(1), codeLineNumber + 1);
                if (const QString below = codeIn(codeLines.at(1)); !below.isEmpty()) {
                    b.p.code = below;
                    codeLines.remove(1);
                }
            } else if (b.p.code.isEmpty() && codeLines.size() == 1 && i < blocks.size() && isSingleLine(blocks.at(i)) &&
                       SectionKeys::matchHeading(blocks.at(i).lines.at(0)).kind == HeadingKind::None) {
                const QString nextLine = blocks.at(i).lines.at(0);
                if (severalCodesAlone(nextLine))
                    return severalCodes(nextLine, blocks.at(i).firstLine);
                if (const QString next = codeIn(nextLine); !next.isEmpty()) {
                    b.p.code = next;
                    ++i;
                }
            }
            b.p.code = b.p.code.toUpper();
            if (codeLines.size() > 1) {
                // Text glued under the code line is content, not metadata.
                b.addContent(SourceBlock{0, codeLines.mid(1)});
            }
        }
    }

    if (b.p.codeSystem.isEmpty()) {
        // No code line: a line where it would stand that reads like one names a code system
        // Careleaf does not know. Kept as text; the procedure is known by its descriptor.
        if (!unknownCodeLine && i < blocks.size() && isSingleLine(blocks.at(i)) &&
            looksLikeCodeLine(blocks.at(i).lines.at(0)))
            unknownCodeLine.emplace(blocks.at(i).firstLine, blocks.at(i).lines.at(0));
        if (unknownCodeLine) {
            result.warnings
                << tr("line %1 (\"%2\") reads like a code line, but names no code system Careleaf knows "
                      "(%3): imported without a code, known by its descriptor; the line is kept word for word")
                       .arg(unknownCodeLine->first)
                       .arg(unknownCodeLine->second.trimmed().left(80), QLatin1StringView(KnownCodeSystems));
        }
    }

    // The style of the headings Careleaf knows in this document, which an unknown one shares:
    // read once, when a line first needs it.
    std::optional<HeadingStyle> style;
    const qsizetype bodyStart = i; // the loop below moves i on
    // Whether the document's headings are numbered: none of its known section headings stands
    // without a number (or the brackets a last one may be set in instead: "三、风险", "【恢复】").
    std::optional<bool> numbered; // read once, when a line first needs it
    const auto numberedHeadings = [&] {
        if (!numbered)
            numbered = std::none_of(blocks.cbegin() + bodyStart, blocks.cend(), [&](const SourceBlock &b) {
                return isSingleLine(b) && !Languages::inBrackets(b.lines.at(0)) &&
                       SectionKeys::matchHeading(b.lines.at(0), headingLanguages).kind == HeadingKind::Section;
            });
        return *numbered;
    };
    const auto documentStyle = [&]() {
        if (style)
            return *style;
        style.emplace();
        int known = 0;
        int withColon = 0;
        for (qsizetype k = bodyStart; k < blocks.size(); ++k) {
            const QString line = blocks.at(k).lines.at(0).trimmed();
            if (headingOf(blocks, k, headingLanguages, numberedHeadings).kind != HeadingKind::Section)
                continue;
            ++known;
            withColon += !line.isEmpty() && isColon(line.back()) ? 1 : 0;
            const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
            const bool cased = words.size() > 1 && words.first().front().isUpper();
            style->sentenceCase = style->sentenceCase || (cased && words.last().front().isLower());
            style->titleCase = style->titleCase || (cased && inTitleCase(words));
        }
        style->colons = withColon * 2 > known;
        return *style;
    };
    int knownHeadings = 0;
    int outline = 0; // the number of the last heading, in a document that numbers them
    const auto outlineOf = [](const QString &line) {
        const auto m = outlineLine().match(line);
        return m.hasMatch() ? outlineValue(m.captured(1)) : 0;
    };
    for (; i < blocks.size(); ++i) {
        const SourceBlock &block = blocks.at(i);
        if (isSingleLine(block)) {
            const QString line = block.lines.at(0).trimmed();
            if (!languagesListing<&Languages::Language::sampleTranslation>(line).isEmpty()) {
                b.p.sampleTranslation = true; // a field, not content
                continue;
            }
            const SectionKeys::HeadingMatch h = headingOf(blocks, i, headingLanguages, numberedHeadings);
            switch (h.kind) {
            case HeadingKind::Name:
                ++knownHeadings;
                outline = outlineOf(line);
                b.startName();
                continue;
            case HeadingKind::Section:
                ++knownHeadings;
                outline = outlineOf(line);
                if (const Section *in = b.current();
                    h.stage && in && !b.inNameBody() && (in->key == u"experience"_s || in->key == h.key))
                    b.addSubheading(line);
                else
                    b.startSection(h.key, line);
                continue;
            case HeadingKind::Subheading:
                b.addSubheading(line);
                continue;
            case HeadingKind::None:
                break;
            }
            const Section *cur = b.current();
            const bool referenceSection = cur && (cur->key == u"policies"_s || cur->key == u"similar_codes"_s);
            // Content follows, not a heading ("Registered Nurse" above "Setting" is a line of
            // Personnel).
            const auto contentFollows = [&] {
                return i + 1 < blocks.size() &&
                       headingOf(blocks, i + 1, headingLanguages, numberedHeadings).kind == HeadingKind::None;
            };
            // Under the policies or similar codes, the page's reference lists, a line that reads
            // like a heading starts a section of its own only when no entry of theirs follows it
            // before the next heading Careleaf knows (a policy group's name stands above its
            // policies, perhaps with a remark between): "Follow-up Care" after the similar codes
            // was kept as one of their lines, out of the patient's handout.
            const auto entriesFollow = [&] {
                const auto entry = [](const QString &l) {
                    const QString text = withoutMarker(l);
                    return policyLine().match(text).hasMatch() || similarCodeLine().match(text).hasMatch();
                };
                for (qsizetype j = i + 1; j < blocks.size(); ++j) {
                    if (j > i + 1 && headingOf(blocks, j, headingLanguages, numberedHeadings).kind != HeadingKind::None)
                        return false;
                    if (std::any_of(blocks.at(j).lines.cbegin(), blocks.at(j).lines.cend(), entry))
                        return true;
                }
                return false;
            };
            // Under the name, once it is read, a heading above a list or a table leads out of the
            // text that goes with it ("Important Safety Information" above a list was read into
            // it, its items run into one paragraph). Not above a sentence or two: a second name,
            // an alias line or a subtitle is text under the name, as it was.
            // In a document that numbers its headings, one numbered on from the name's heading
            // ("2. Important Safety Information" under "1. Name of the Procedure") is the next
            // heading above anything: it was read into the text under the name, its list with it.
            const auto listFollows = [&] {
                const SourceBlock &next = blocks.at(i + 1);
                return startsList(next.lines.at(0)) || Builder::startsWithTable(next.lines);
            };
            const bool underName = b.inNameBody() && !b.nameParts.isEmpty() && i + 1 < blocks.size();
            // (Not a step numbered on from the line above it: "2. Arrive at 7 AM" under "1. Stop
            // eating at midnight" goes on with the steps under the name.)
            const auto stepOnUnderName = [&] {
                const auto above = stepLine().match(b.nameParts.last());
                return above.hasMatch() && stepsGoOnFrom(above.captured(1), line);
            };
            const bool numberedNext = i + 1 < blocks.size() && (underName || cur) &&
                                      numberedOn(line, outline, underName ? Section{} : *cur, blocks.at(i + 1)) &&
                                      numberedHeadings() && !(underName && stepOnUnderName());
            const bool afterName = underName && (numberedNext || listFollows());
            if ((afterName || (!b.inNameBody() && cur && !cur->blocks.isEmpty())) && contentFollows() &&
                (afterName || !referenceSection || !entriesFollow()) &&
                (numberedNext || looksLikeUnknownHeading(line, documentStyle, blocks.at(i + 1),
                                                         Builder::startsWithTable(blocks.at(i + 1).lines)))) {
                outline = outlineOf(line);
                b.startSection(u"other"_s, line);
                continue;
            }
        }
        b.addContent(block);
    }

    if (knownHeadings == 0 && (b.p.codeSystem.isEmpty() || belowItsPlace)) {
        // A code line further down than the descriptor's place: the lines above it are not what
        // a procedure document starts with in any language Careleaf has a table for.
        const auto code = std::find_if(blocks.cbegin(), blocks.cend(), [](const SourceBlock &block) {
            return std::any_of(block.lines.cbegin(), block.lines.cend(),
                               [](const QString &l) { return codeLine(l).found; });
        });
        if (code != blocks.cend()) {
            result.error = tr("line %1 is a code line, but neither the lines above it (\"%2\") nor any heading is "
                              "what a procedure document holds in a language Careleaf knows (%3): is the document "
                              "in another language? A clinic adds one as a table in %4")
                               .arg(code->firstLine)
                               .arg(blocks.first().lines.at(0).trimmed().left(60), Languages::knownCodes(),
                                    Languages::userFolder());
            result.line = code->firstLine;
            return result;
        }
        result.error = tr("no code-system line and no known section heading (Summary, Purpose, Preparation, ...): "
                          "this is not a procedure document");
        return result;
    }

    // Read apart, so the body is read as it would be without it, and put first, where it stood.
    if (!preamble.isEmpty()) {
        Builder above;
        for (const SourceBlock &block : std::as_const(preamble))
            above.addContent(block);
        b.p.sections = above.p.sections + b.p.sections;
    }
    b.p.layName = b.nameParts.join(u'\n');
    deriveFromContent(b.p);
    b.p.source.file = QFileInfo(fileName).fileName();
    b.p.source.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    result.procedure = std::move(b.p);
    return result;
}

} // namespace Careleaf
