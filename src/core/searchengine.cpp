#include "searchengine.h"

#include "digits.h"
#include "hanscript.h"
#include "indexwords.h"
#include "languages.h"
#include "stemmers.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace Careleaf {

namespace {

// Optimal string alignment distance with an early exit once it exceeds limit.
int editDistance(const QString &a, const QString &b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(int(n - m)) > limit)
        return limit + 1;
    std::vector<int> prev2(size_t(m + 1)), prev(size_t(m + 1)), cur(size_t(m + 1));
    for (qsizetype j = 0; j <= m; ++j)
        prev[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = int(i);
        int rowMin = cur[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int v = std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, prev[size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                v = std::min(v, prev2[size_t(j - 2)] + 1);
            cur[size_t(j)] = v;
            rowMin = std::min(rowMin, v);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[size_t(m)];
}

bool hasDigit(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); });
}

// How a word starts, written either way: "ph" as "f", "k" as "c", a silent letter left out
// ("pneumonia", "psoriasis", "knee", "wheeze", "rhythm"), accents and an Arabic hamza folded.
QString startSound(const QString &word)
{
    const QString w = IndexWords::fold(word.left(2));
    static const QList<std::pair<QString, QString>> spellings{
        {u"ph"_s, u"f"_s}, {u"pn"_s, u"n"_s}, {u"kn"_s, u"n"_s}, {u"ps"_s, u"s"_s},
        {u"wh"_s, u"w"_s}, {u"rh"_s, u"r"_s}, {u"k"_s, u"c"_s},
    };
    for (const auto &[written, sound] : spellings) {
        if (w.startsWith(written))
            return sound;
    }
    return w.left(1);
}

// text with each whole word `word` in it (in any case, with the rest of a contraction: "can't"
// for "can") replaced by `by`; never part of a longer word or of an exclusion ("-word").
QString replaceWord(const QString &text, const QString &word, const QString &by)
{
    const QRegularExpression whole(
        u"(?<![\\w'\u2019-])"_s + QRegularExpression::escape(word) + u"(?:['\u2019]\\w+)?(?!\\w)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return QString(text).replace(whole, by);
}

bool isNegation(const QString &word)
{
    // What a negative contraction leaves before its "t" ("don't" is "don", "t").
    static const QSet<QString> words{
        u"don"_s,  u"doesn"_s, u"didn"_s,   u"isn"_s,     u"aren"_s,   u"wasn"_s,  u"weren"_s, u"won"_s, u"haven"_s,
        u"hasn"_s, u"hadn"_s,  u"couldn"_s, u"shouldn"_s, u"wouldn"_s, u"mustn"_s, u"needn"_s, u"ain"_s,
    };
    return words.contains(word);
}

// An English word that only binds the others ("fluid on the lung", "pain in my knee"): it says
// nothing of what is wanted, and searched as the start of a word it is missing from a text that
// happens never to write it. Single letters are not among them ("vitamin a", "hepatitis a").
bool isFunctionWord(const QString &word)
{
    static const QSet<QString> words{
        u"an"_s,     u"the"_s,    u"of"_s,   u"on"_s,   u"in"_s,    u"to"_s,    u"for"_s,    u"and"_s,    u"or"_s,
        u"with"_s,   u"at"_s,     u"by"_s,   u"from"_s, u"into"_s,  u"onto"_s,  u"up"_s,     u"my"_s,     u"me"_s,
        u"your"_s,   u"his"_s,    u"her"_s,  u"our"_s,  u"their"_s, u"its"_s,   u"is"_s,     u"are"_s,    u"was"_s,
        u"were"_s,   u"be"_s,     u"been"_s, u"it"_s,   u"this"_s,  u"that"_s,  u"these"_s,  u"those"_s,  u"we"_s,
        u"you"_s,    u"do"_s,     u"does"_s, u"did"_s,  u"have"_s,  u"has"_s,   u"had"_s,    u"can"_s,    u"will"_s,
        u"would"_s,  u"should"_s, u"what"_s, u"how"_s,  u"why"_s,   u"when"_s,  u"where"_s,  u"which"_s,  u"who"_s,
        u"there"_s,  u"some"_s,   u"any"_s,  u"so"_s,   u"as"_s,    u"if"_s,    u"than"_s,   u"then"_s,   u"not"_s,
        u"cannot"_s, u"they"_s,   u"them"_s, u"she"_s,  u"him"_s,   u"after"_s, u"before"_s, u"during"_s, u"about"_s,
        u"while"_s,  u"until"_s,
    };
    return words.contains(word) || isNegation(word);
}

// An everyday English word that can stand in any complaint or request ("keeps getting strep
// throat", "getting my ears cleaned out"): left out of a search as a function word is, and never
// among the words of the closest procedures, whatever a procedure's alias says ("Getting Blood").
bool isLightWord(const QString &word)
{
    static const QSet<QString> words{
        u"get"_s,    u"gets"_s,   u"getting"_s, u"got"_s,   u"gotten"_s, u"keep"_s,      u"keeps"_s,   u"keeping"_s,
        u"kept"_s,   u"having"_s, u"make"_s,    u"makes"_s, u"making"_s, u"made"_s,      u"take"_s,    u"takes"_s,
        u"taking"_s, u"took"_s,   u"taken"_s,   u"go"_s,    u"goes"_s,   u"going"_s,     u"went"_s,    u"gone"_s,
        u"come"_s,   u"comes"_s,  u"coming"_s,  u"came"_s,  u"put"_s,    u"puts"_s,      u"putting"_s, u"need"_s,
        u"needs"_s,  u"want"_s,   u"wants"_s,   u"like"_s,  u"just"_s,   u"really"_s,    u"very"_s,    u"much"_s,
        u"lot"_s,    u"lots"_s,   u"out"_s,     u"off"_s,   u"again"_s,  u"still"_s,     u"also"_s,    u"now"_s,
        u"being"_s,  u"doing"_s,  u"done"_s,    u"thing"_s, u"things"_s, u"something"_s, u"way"_s,
    };
    return words.contains(word);
}

// What a search leaves out of a query that has other words: function words and everyday ones.
bool isLeftOut(const QString &word)
{
    return isFunctionWord(word) || isLightWord(word);
}

// The same at terms[i], and the "t" of "can't": a letter that, as a prefix, stands for most of
// the library's words.
bool isLeftOutAt(const QStringList &terms, qsizetype i)
{
    return isLeftOut(terms.at(i)) ||
           (terms.at(i) == u"t"_s && i > 0 && (terms.at(i - 1) == u"can"_s || isNegation(terms.at(i - 1))));
}

// Whether a page's first procedure is named by the words (not found only in its text).
bool namesFirst(const SearchPage &page)
{
    return !page.hits.isEmpty() && page.hits.first().tier <= SearchHit::NamesTier;
}

// Whether a page's first procedure is named by the words the typed ones were derived from: its
// title has one as a word ("draw" of Blood Draw for "drawn", "venogram" for "venography";
// "vaccin" is a Vaccine's, one letter short), not merely the start of one: "numb" of
// "numbness" starts the "number" of a descriptor.
bool namedByDerived(const SearchPage &page, const QStringList &typed)
{
    if (!namesFirst(page))
        return false;
    QStringList derived;
    for (const QString &word : typed)
        derived += Synonyms::derivedForms(word);
    for (const QString &word : IndexWords::tokens(page.hits.first().title)) {
        QStringList forms = Synonyms::baseForms(word);
        forms << word << word.chopped(1);
        for (const QString &form : std::as_const(forms)) {
            if (derived.contains(form))
                return true;
        }
    }
    return false;
}

} // namespace

// The words the typed ones were derived from instead of the words as typed: where those find
// nothing, or only in the texts of fewer than FewResults procedures while the derived words name
// one (of "blood drawn", the Blood Draw before a text that says "blood" and "drawn"). The derived
// words find all the typed ones do (they are alternatives beside them), so nothing is lost.
bool SearchEngine::derivedInstead(const SearchPage &asTyped, const SearchPage &derived, const QStringList &typed)
{
    if (!asTyped.error.isEmpty() || !derived.error.isEmpty() || derived.total == 0)
        return false;
    return asTyped.total == 0 || (asTyped.total < FewResults && !namesFirst(asTyped) && namedByDerived(derived, typed));
}

SearchEngine::SearchEngine(LibraryStore &store, Synonyms synonyms)
    : m_store(store)
    , m_synonyms(std::move(synonyms))
{}

bool SearchEngine::holdsVietnamese(const SearchFilters &filters) const
{
    const QString vi = u"vi"_s;
    if (!filters.language.isEmpty())
        return filters.language == vi;
    if (!m_vietnamese)
        m_vietnamese = m_store.index().holds(vi);
    return *m_vietnamese;
}

bool SearchEngine::leavesFunctionWordsOut(const QStringList &terms, const SearchFilters &filters) const
{
    if (std::all_of(terms.cbegin(), terms.cend(), isLeftOut) || std::none_of(terms.cbegin(), terms.cend(), isLeftOut))
        return false;
    // English words: not where the words may be another language's ("an", "do" and "to" are
    // Vietnamese syllables typed without their marks).
    if (!filters.language.isEmpty())
        return filters.language == Procedure::DefaultLanguage;
    return !holdsVietnamese(filters);
}

SearchPlan SearchEngine::plan(const ParsedQuery &q, const SearchFilters &filters, WordForms wordForms) const
{
    SearchPlan plan;
    // The other languages' inflections, by their Snowball stems: of every language but English
    // (whose are baseForms()), or of the one the filter asks for.
    QStringList stemLanguages;
    for (const Languages::Language &language : Languages::all()) {
        if (language.code != Procedure::DefaultLanguage && Stemmers::has(language.code) &&
            (filters.language.isEmpty() || filters.language == language.code))
            stemLanguages << language.code;
    }
    const QStringList &t = q.terms;
    const bool leaveOut = leavesFunctionWordsOut(t, filters);
    // A lay term's short equivalent is that word (or its plural), not the start of every word
    // beginning so: "myocardial infarction" is also "mi", not "minutes"; "influenza" "flu", not
    // "fluids"; "urine" "pee", not "peel". A word the query typed keeps its own rule.
    const auto matchWhole = [&plan](const QString &word) {
        if (const QString folded = IndexWords::fold(word); !plan.wholeWords.contains(folded))
            plan.wholeWords << folded;
    };
    const QStringList typedFolded = IndexWords::foldedWords(t);
    const auto addEquivalent = [&](QList<QStringList> &group, const QStringList &equivalent) {
        if (group.contains(equivalent))
            return;
        group << equivalent;
        if (equivalent.size() == 1 && equivalent.first().size() <= SearchPlan::ShortEquivalent &&
            !typedFolded.contains(IndexWords::fold(equivalent.first())))
            matchWhole(equivalent.first());
    };
    QStringList searched; // the terms the groups are made of
    for (qsizetype i = 0; i < t.size();) {
        // The longest run of terms that is a multi-word lay term ("blood thinner") is one group.
        qsizetype taken = 1;
        QList<QStringList> group;
        for (qsizetype k = std::min<qsizetype>(m_synonyms.longestKey(), t.size() - i); k > 1; --k) {
            const QStringList run = t.mid(i, k);
            const QList<QStringList> eq = m_synonyms.equivalents(run);
            if (!eq.isEmpty()) {
                group << run;
                for (const QStringList &alternative : eq)
                    addEquivalent(group, alternative);
                taken = k;
                break;
            }
        }
        // A function word or an everyday one ("needs", "getting") is left out
        // (leavesFunctionWordsOut()), unless it is the last word, perhaps the start of a longer
        // one still being typed, or a lay term of its own (a clinic's "or" for operating room); a
        // lay term may hold one ("put to sleep").
        if (group.isEmpty() && leaveOut && i + 1 < t.size() && isLeftOutAt(t, i) &&
            m_synonyms.equivalents({t.at(i)}).isEmpty()) {
            ++i;
            continue;
        }
        searched += t.mid(i, taken);
        if (group.isEmpty()) {
            const QString &word = t.at(i);
            // Typed before another word, a short lay term is whole too ("poo sample": not "poor";
            // its equivalents still find the clinical words).
            if (i + 1 < t.size() &&
                (word == u"a"_s || word == u"i"_s ||
                 (word.size() <= SearchPlan::ShortEquivalent && !m_synonyms.equivalents({word}).isEmpty())))
                matchWhole(word);
            group << QStringList{word};
            QStringList forms{word};
            // Digits of another script ("٩٦٣٦٥") also as the codes and most texts write them;
            // a word of three letters or more also as its language spells it.
            QStringList others{Digits::western(word)};
            if (word.size() > SearchPlan::ShortPrefix)
                others += IndexWords::otherSpellings(word);
            // Chinese typed in either script finds it written in the other ("風險", "风险").
            const QStringList otherScript = HanScript::otherScriptForms(word);
            others += otherScript;
            for (const QString &other : std::as_const(others)) {
                // "dose" as "đose" only where a Vietnamese text may hold it (never a code such
                // as "d0120"): a form the word list cannot stand in for keeps the names tier
                // from walking the list.
                if (other.front() == u'đ' && word.front() == u'd' && (hasDigit(word) || !holdsVietnamese(filters)))
                    continue;
                if (!forms.contains(other)) {
                    group << QStringList{other};
                    forms << other;
                }
            }
            for (const QString &base : Synonyms::baseForms(word)) {
                group << QStringList{base};
                forms << base;
            }
            if (const QString base = Synonyms::shortBase(word); !base.isEmpty() && !forms.contains(base)) {
                group << QStringList{base};
                forms << base;
                matchWhole(base);
            }
            if (wordForms == WordForms::Derived) {
                for (const QString &derived : Synonyms::derivedForms(word)) {
                    if (!forms.contains(derived)) {
                        group << QStringList{derived};
                        forms << derived;
                    }
                }
            }
            for (const QString &language : stemLanguages) {
                // A short stem, or one far from the word, searched as a prefix would find words
                // of any language that merely start alike ("medio" -> "medi", "medication"); a
                // stem of six letters or more may lose four ("embarazadas" -> "embaraz", which
                // finds "embarazo").
                const QString stem = IndexWords::fold(Stemmers::stem(language, word));
                if (stem.size() >= 5 && word.size() - stem.size() <= (stem.size() >= 6 ? 4 : 3) &&
                    !forms.contains(stem)) {
                    group << QStringList{stem};
                    forms << stem;
                }
            }
            for (const QString &form : QStringList(forms)) {
                for (const QString &variant : Synonyms::spellingVariants(form)) {
                    if (!forms.contains(variant)) {
                        group << QStringList{variant};
                        forms << variant;
                    }
                }
            }
            for (const QString &form : std::as_const(forms)) {
                for (const QStringList &eq : m_synonyms.equivalents({form}))
                    addEquivalent(group, eq);
            }
            // Chinese inside a run of text: the phrase of the word's pairs of characters.
            for (const QString &han : QStringList{word} + otherScript) {
                if (const QStringList pairs = IndexWords::hanPairs(han); !pairs.isEmpty())
                    group << pairs;
            }
        }
        plan.groups << group;
        i += taken;
    }
    // A phrase and a word left out in Chinese, in either script too.
    for (const QStringList &phrase : q.phrases) {
        QList<QStringList> group{phrase};
        for (const QString &form : HanScript::otherScriptForms(phrase.join(u' ')))
            group << form.split(u' ');
        plan.groups << group;
    }
    for (const QString &word : q.excluded) {
        plan.excluded << QStringList{word};
        for (const QString &form : HanScript::otherScriptForms(word))
            plan.excluded << QStringList{form};
    }
    // (Two Chinese characters are a word, not the start of a name.) Codes are written in ASCII
    // digits: "٩٦" starts 96.
    // Of the words searched: "the c" is "c".
    const auto asTyped = [&searched](const QStringList &alternative) {
        return alternative.size() == 1 && Digits::western(alternative.first()) == Digits::western(searched.first());
    };
    if (searched.size() == 1 && q.phrases.isEmpty() && searched.first().size() <= SearchPlan::ShortPrefix &&
        !IndexWords::hasHan(searched.first()) && plan.groups.size() == 1 &&
        std::all_of(plan.groups.first().cbegin(), plan.groups.first().cend(), asTyped)) {
        plan.namePrefix = Digits::western(searched.first());
        plan.groups.clear();
    }
    plan.codeExact = q.codeCandidate;
    plan.nameExact = q.phrases.isEmpty() ? q.normalized : QString();
    plan.system = !q.system.isEmpty() ? q.system : filters.system;
    plan.rangeFrom = q.rangeFrom;
    plan.rangeTo = q.rangeTo;
    plan.settingsMask = filters.settingsMask;
    plan.maxDurationMinutes = filters.maxDurationMinutes;
    plan.language = filters.language;
    return plan;
}

QString SearchEngine::snippet(const QString &text, const QStringList &terms, int words)
{
    // Compared as the index compares them: "preparacion" and "يعطى" meet "preparación" and "يُعطى"
    // (and "لقاح" "لقـاح"); a Korean syllable stays whole ("가" does not start "간호사").
    const auto fold = [](const QString &word) {
        QString f = IndexWords::fold(word);
        return f.remove(QChar(0x0640)).normalized(QString::NormalizationForm_C);
    };
    QStringList folded;
    for (const QString &t : terms) {
        if (QString f = fold(t); !f.isEmpty())
            folded << f;
    }
    if (folded.isEmpty())
        return {};
    // Word boundaries, and whether each word starts with a term (the index matches prefixes).
    struct Word
    {
        qsizetype start, end;
        bool matched;
        int version; // of the procedure's versions whose text the word is in (Procedure::VersionMark)
    };
    QList<Word> list;
    qsizetype i = 0;
    const qsizetype n = std::min<qsizetype>(text.size(), 20000);
    qsizetype firstMatch = -1;
    bool truncated = n < text.size(); // words remain beyond those looked at
    // Where a version ends: the mark alone on its line (Procedure::VersionSeparator), not one a
    // document itself holds.
    const auto versionMarkAt = [&text](qsizetype at) {
        return text.at(at) == Procedure::VersionMark && at > 0 && text.at(at - 1) == u'\n' && at + 1 < text.size() &&
               text.at(at + 1) == u'\n';
    };
    int version = 0;
    while (i < n) {
        for (; i < n && !text.at(i).isLetterOrNumber(); ++i)
            version += versionMarkAt(i) ? 1 : 0;
        const qsizetype start = i;
        while (i < n && (text.at(i).isLetterOrNumber() || text.at(i).isMark()))
            ++i;
        if (i == start)
            break;
        const QString w = fold(text.sliced(start, i - start));
        const bool matched =
            std::any_of(folded.cbegin(), folded.cend(), [&w](const QString &t) { return w.startsWith(t); });
        list.append({start, i, matched, version});
        if (matched && firstMatch < 0)
            firstMatch = list.size() - 1;
        if (firstMatch >= 0 && list.size() - firstMatch > words) {
            truncated = true;
            break;
        }
    }
    if (firstMatch < 0)
        return {};
    // Within the version the first match is in: the words of two languages never run together.
    qsizetype from = std::max<qsizetype>(0, firstMatch - words / 3);
    while (list.at(from).version != list.at(firstMatch).version)
        ++from;
    qsizetype to = std::min<qsizetype>(list.size() - 1, from + words - 1);
    while (list.at(to).version != list.at(firstMatch).version)
        --to;
    // The end of the version's text after the window's last word, if it comes before another word.
    qsizetype versionEnd = -1;
    for (qsizetype k = list.at(to).end; k < text.size() && !text.at(k).isLetterOrNumber() && versionEnd < 0; ++k)
        versionEnd = versionMarkAt(k) ? k : -1;
    const bool versionEnds = versionEnd >= 0;
    QString out = from > 0 && list.at(from - 1).version == list.at(from).version ? u"… "_s : QString();
    for (qsizetype k = from; k <= to; ++k) {
        const Word &w = list.at(k);
        if (k > from) {
            // The source's punctuation between words stays; runs of spaces become one space, and
            // so does a line break after the end of a sentence or a clause. A line break after
            // none (between two bullets, a heading and its text) becomes " · ", where the line
            // ended: the words of two items never read as one sentence. Looking back for that
            // end steps over a closing quotation mark or bracket and a matched word's marks.
            static const QString ends = u".!?:;,\u2026\u3002\uFF01\uFF1F\uFF0C\u061F\u060C\u06D4"_s;
            static const QString closers = u"\"')]}\u2019\u201D\u00BB"_s;
            bool broken = false;
            for (QChar c : QStringView(text).sliced(list.at(k - 1).end, w.start - list.at(k - 1).end)) {
                if (c == u'\n' && !broken) {
                    broken = true;
                    const auto last = std::find_if(out.crbegin(), out.crend(), [](QChar b) {
                        return !b.isSpace() && b != highlightStart && b != highlightEnd && !closers.contains(b);
                    });
                    if (last != out.crend() && !ends.contains(*last)) {
                        out = out.trimmed() + u" \u00B7 "_s;
                        continue;
                    }
                }
                if (!c.isSpace())
                    out += c;
                else if (!out.endsWith(u' '))
                    out += u' ';
            }
        }
        if (w.matched)
            out += highlightStart;
        out += QStringView(text).sliced(w.start, w.end - w.start);
        if (w.matched)
            out += highlightEnd;
    }
    if (!versionEnds && (truncated || to < list.size() - 1)) {
        out += u" …"_s;
    } else {
        // The text (or this version's) ends here: keep its closing punctuation.
        const qsizetype end = versionEnds ? versionEnd : n;
        for (QChar c : QStringView(text).sliced(list.at(to).end, end - list.at(to).end)) {
            if (!c.isSpace())
                out += c;
        }
    }
    return out;
}

void SearchEngine::addSnippets(SearchPage &page, const SearchPlan &plan) const
{
    QStringList terms;
    for (const QList<QStringList> &group : plan.groups) {
        for (const QStringList &alternative : group) {
            for (const QString &w : alternative) {
                if (!terms.contains(w))
                    terms << w;
            }
        }
    }
    if (terms.isEmpty() || page.hits.isEmpty() || !plan.namePrefix.isEmpty())
        return;
    QList<qint64> ids;
    for (const SearchHit &hit : std::as_const(page.hits))
        ids << hit.id;
    const QHash<qint64, IndexedText> texts = m_store.index().texts(ids);
    for (SearchHit &hit : page.hits) {
        // Prefer where the query met the section text (what the procedure is about first); the
        // lay name is on the list's first line already, and the descriptor is the fallback.
        const IndexedText text = texts.value(hit.id);
        // Version by version: what each is about, then the rest of it (the two columns hold a
        // part for each version, in the same order).
        const QStringList about = text.about.split(Procedure::VersionSeparator);
        const QStringList body = text.body.split(Procedure::VersionSeparator);
        QStringList versions;
        for (qsizetype v = 0; v < about.size() && about.size() == body.size(); ++v)
            versions << about.at(v) + u'\n' + body.at(v);
        const QString joined =
            versions.isEmpty() ? text.about + u'\n' + text.body : versions.join(Procedure::VersionSeparator);
        hit.snippet = snippet(IndexWords::readable(joined), terms);
        if (hit.snippet.isEmpty())
            hit.snippet = snippet(text.descriptor, terms);
    }
}

SearchPage SearchEngine::closest(const ParsedQuery &words, const SearchRequest &request, const QString &typed)
{
    // Only plain words: a phrase, a code or a range says exactly what is wanted. A last word of
    // one or two letters may still be being typed, or be whole ("tummy ache ct", "hep b"): as
    // any letters, it weighs nothing unless it names a procedure (below), so the list is the
    // closest for the other words, never empty while it is typed (it was: "… hep b" found
    // nothing at all). Letters alone say nothing of what is wanted either (the "t" of "can't", the "s" of
    // "patient's"), unless they are shorthand for the words of a procedure's name ("fb removal
    // hand": the foreign body's; not the "mi" of a Spanish question, whatever "mi" stands for).
    const auto shorthand = [this](const QString &term) { return !m_synonyms.equivalents({term}).isEmpty(); };
    QSet<QString> naming; // the shorthand among them that names a procedure
    const auto letters = [&naming](const QString &term) {
        return term.size() <= SearchPlan::ShortPrefix && !IndexWords::hasHan(term) && !naming.contains(term);
    };
    QStringList distinct = words.terms;
    distinct.removeDuplicates(); // corrections may make two words one
    const bool functionWordsOut = leavesFunctionWordsOut(distinct, request.filters);
    if (words.terms.size() < 2 || !words.phrases.isEmpty() || !words.rangeFrom.isEmpty())
        return {};
    // Function words and everyday ones neither count nor stay ("fluid on the lung" is "fluid
    // lung"), as the search of the text shown leaves them out.
    if (functionWordsOut)
        distinct.removeIf(isLeftOut);
    const auto planOf = [&](const QStringList &terms, WordForms forms = WordForms::Inflected) {
        ParsedQuery q = words;
        q.terms = terms;
        q.normalized = terms.join(u' ');
        q.codeCandidate.clear();
        SearchPlan p = plan(q, request.filters, forms);
        if (!p.namePrefix.isEmpty()) { // one short word counted as a word, not a name's start
            p.groups = {{{p.namePrefix}}};
            p.namePrefix.clear();
        }
        return p;
    };
    // How many procedures have each word (counted, where the library caps counts, up to its cap):
    // a word none has is no help; the fewer have a word, the more it says about what is wanted.
    // And whether a procedure is named by it (its best tier, where the first procedure found has
    // it in its title: a descriptor's "during" or "technique" names nothing): a word of a
    // procedure's name says more than one found only in texts ("colon" of Colonoscopy, not
    // "examination"). Letters alone are not counted (they weigh nothing, below): a set of words
    // with one is searched only after the same set without it, unless the letter was typed as
    // the start of the next word of the set ("g tube", not the "t" of "can't").
    // And the first procedures each word finds, with the words' plans: a set of words one of
    // them holds is a set some procedure has (below).
    QHash<QString, int> found;
    QHash<QString, int> bestTier;
    QHash<QString, SearchPlan> termPlans;
    QList<qint64> firstFound;
    // Of this list: each word counted, then sets of them, each up to 2; and once, the texts of
    // the procedures each word found first (below).
    constexpr int MaxSearches = 40;
    constexpr int FirstFound = 10; // procedures of each word
    int searches = 0;
    for (const QString &term : std::as_const(distinct)) {
        if (letters(term) && !shorthand(term)) {
            found.insert(term, 0);
            continue;
        }
        if (searches + 2 > MaxSearches)
            return {};
        SearchPlan termPlan = planOf({term});
        SearchPage alone = m_store.index().search(termPlan, 0, FirstFound);
        ++searches;
        if (alone.error.isEmpty() && alone.total == 0) { // or the word it was derived from ("sleepiness")
            if (SearchPlan derivedPlan = planOf({term}, WordForms::Derived); derivedPlan.groups != termPlan.groups) {
                alone = m_store.index().search(derivedPlan, 0, FirstFound);
                termPlan = std::move(derivedPlan);
                ++searches;
            }
        }
        if (!alone.error.isEmpty()) {
            SearchPage failed;
            failed.error = alone.error;
            return failed;
        }
        if (alone.total > 0) {
            found.insert(term, alone.total);
            // The title has the word, or what it was searched as: "cut" names the Laceration Repair.
            const QStringList title =
                alone.hits.isEmpty() ? QStringList() : IndexWords::tokens(alone.hits.first().title);
            const auto inTitle = [&title, &termPlan](const QString &word) {
                return std::ranges::any_of(title, [&word, &termPlan](const QString &w) {
                    if (termPlan.wholeWords.contains(word)) // "flu" is not "Fluid"
                        return SearchPlan::wholeForms(word).contains(w);
                    return w.startsWith(word) || (w.size() >= 3 && word.startsWith(w));
                });
            };
            const bool titled =
                std::ranges::any_of(termPlan.groups.value(0), [&inTitle](const QStringList &alternative) {
                    return std::ranges::all_of(alternative, inTitle);
                });
            if (letters(term)) {
                // Shorthand, as itself a whole word of the title ("IV Push") or what it stands for
                // ("Foreign Body"): "mi" is not the "Minute" of a name.
                const auto whole = [&title](const QString &word) {
                    return std::ranges::any_of(
                        title, [&word](const QString &w) { return SearchPlan::wholeForms(word).contains(w); });
                };
                const bool named =
                    whole(term) || std::ranges::any_of(termPlan.groups.value(0), [&](const QStringList &alternative) {
                        return alternative != QStringList{term} && std::ranges::all_of(alternative, inTitle);
                    });
                if (!named) {
                    found.insert(term, 0);
                    continue;
                }
                naming.insert(term);
            }
            bestTier.insert(term, titled ? alone.hits.first().tier : SearchHit::NamesTier + 1);
            for (const SearchHit &hit : std::as_const(alone.hits)) {
                if (!firstFound.contains(hit.id))
                    firstFound << hit.id;
            }
            termPlans.insert(term, termPlan);
        }
    }
    const auto nameWord = [&bestTier](const QString &term) { return bestTier.value(term) <= SearchHit::NamesTier; };
    // The words as typed, less those no procedure has.
    QStringList kept;
    for (const QString &term : std::as_const(distinct)) {
        if (found.contains(term))
            kept << term;
    }
    // The page for some of the words, when a procedure has them all (or the search failed).
    const auto pageFor = [&](const QStringList &some) -> std::optional<SearchPage> {
        if (std::all_of(some.cbegin(), some.cend(), letters))
            return std::nullopt;
        // The query as typed (with the corrections of the words) without the words left out, so
        // its exclusions and code system stay with the pages that follow, which search it: a set
        // it cannot say (the "x" of "x-ray" without the "ray") is not shown.
        // A word joined by hyphens or slashes none of whose words stay goes whole: "post-op" less
        // "post" would leave "-op", an exclusion.
        static const QRegularExpression joinedWord(uR"(^[\w']+(?:[-/][\w']+)+$)"_s,
                                                   QRegularExpression::UseUnicodePropertiesOption);
        // So do the words of a long question past the most a query searches (MaxTerms), never
        // searched: left in, the list of the words shown was never the one searched, and none was.
        const bool cut = words.terms.size() >= ParsedQuery::MaxTerms;
        QStringList tokens = typed.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
        tokens.removeIf([&some, &words, cut](const QString &token) {
            const QStringList parts = queryWords(token);
            const auto in = [&parts](const QStringList &list) {
                return std::ranges::any_of(parts, [&list](const QString &part) { return list.contains(part); });
            };
            if (cut && !parts.isEmpty() && !token.startsWith(u'-') && !token.contains(u':') && !in(words.terms) &&
                !in(words.excluded))
                return true;
            // Nor does punctuation standing alone, which says nothing ("for : b12 shot").
            if (std::ranges::none_of(token, isWordChar))
                return true;
            return joinedWord.match(token).hasMatch() && !in(some);
        });
        QString text = tokens.join(u' ');
        for (const QString &term : std::as_const(words.terms)) {
            if (!some.contains(term))
                text = replaceWord(text, term, QString());
        }
        text = text.simplified();
        const ParsedQuery said = parseQuery(text);
        QSet<QString> saidTerms(said.terms.cbegin(), said.terms.cend());
        if (functionWordsOut) // as the search of the text leaves them out ("follow-up")
            saidTerms.removeIf(isLeftOut);
        if (saidTerms != QSet<QString>(some.cbegin(), some.cend()) || said.excluded != words.excluded ||
            said.system != words.system || searches + 2 > MaxSearches)
            return std::nullopt;
        SearchPlan somePlan = planOf(some);
        SearchPage page = m_store.index().search(somePlan, 0, request.limit);
        ++searches;
        // The words they were derived from, as for the whole query (derivedInstead(): "having
        // blood drawn" is the Blood Draw), so the pages that follow, which search the words
        // shown, show the same list.
        if (page.error.isEmpty() && page.total < FewResults && !namesFirst(page)) {
            if (SearchPlan derivedPlan = planOf(some, WordForms::Derived); derivedPlan.groups != somePlan.groups) {
                SearchPage derived = m_store.index().search(derivedPlan, 0, request.limit);
                ++searches;
                if (!derived.error.isEmpty() || derivedInstead(page, derived, some)) {
                    page = std::move(derived);
                    somePlan = std::move(derivedPlan);
                }
            }
        }
        if (page.error.isEmpty() && page.total == 0)
            return std::nullopt;
        addSnippets(page, somePlan);
        page.correctedQuery = text;
        page.closest = page.error.isEmpty();
        return page;
    };
    if (kept.isEmpty())
        return {};
    // Some of the words, the most telling first: words of procedures' names before words found
    // only in texts ("colon" of Colonoscopy, not "examination"), and of each kind the rarer: a
    // word weighs 1 for the most common of them and one more each time it is half as common;
    // everyday words (isLightWord()) and letters alone weigh nothing. So "how to get ready for a
    // mammogram" is the mammogram's list, not a text that has "get ready a". Of sets whose words
    // of names weigh the same, the words of texts that weigh more, then more words that weigh
    // something, then fewer that weigh nothing, then the words typed first.
    int mostCommon = 1;
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        if (!letters(it.key()) && !isLightWord(it.key()))
            mostCommon = std::max(mostCommon, it.value());
    }
    const auto weight = [&](const QString &term) {
        if (letters(term) || isLightWord(term))
            return 0.0;
        return 1.0 + std::log2(double(mostCommon) / std::max(1, found.value(term)));
    };
    constexpr qsizetype MaxWords = 10; // 1,023 sets of them; the least telling beyond are left out
    if (kept.size() > MaxWords) {
        QStringList telling = kept;
        std::stable_sort(telling.begin(), telling.end(), [&](const QString &a, const QString &b) {
            if (nameWord(a) != nameWord(b))
                return nameWord(a);
            return weight(a) > weight(b);
        });
        telling.resize(MaxWords);
        kept.removeIf([&telling](const QString &term) { return !telling.contains(term); });
    }
    struct Some
    {
        quint32 mask = 0; // of kept
        QStringList words;
        double names = 0; // the weight of its words of names
        double texts = 0; // and of the others
        int telling = 0;  // its words that weigh something
        int joined = 0;   // its letters typed before its next word ("g tube")
    };
    QList<Some> sets;
    // (The first word typed is the mask's highest bit: of equal weights and sizes, the set of the
    // words typed first comes first.)
    const qsizetype n = kept.size();
    // Whether each word is a letter typed as the start of the next ("g tube"), after a space.
    QList<bool> joinsNext(n, false);
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (!letters(kept.at(i)) || letters(kept.at(i + 1)))
            continue;
        const QRegularExpression joined(u"(?<!\\S)"_s + QRegularExpression::escape(kept.at(i)) + u"[\\s-]+"_s +
                                            QRegularExpression::escape(kept.at(i + 1)) + u"(?!\\w)"_s,
                                        QRegularExpression::CaseInsensitiveOption |
                                            QRegularExpression::UseUnicodePropertiesOption);
        joinsNext[i] = joined.match(typed).hasMatch();
    }
    for (quint32 mask = (1u << n) - 1; mask > 0; --mask) {
        Some some;
        some.mask = mask;
        for (qsizetype i = 0; i < n; ++i) {
            if (mask & (1u << (n - 1 - i))) {
                some.words << kept.at(i);
                const double w = weight(kept.at(i));
                (nameWord(kept.at(i)) ? some.names : some.texts) += w;
                some.telling += w > 0;
                some.joined += joinsNext.at(i) && (mask & (1u << (n - 2 - i)));
            }
        }
        sets << some;
    }
    std::stable_sort(sets.begin(), sets.end(), [](const Some &a, const Some &b) {
        // (Sums of logarithms: equal ones may differ in their last bits.)
        if (std::abs(a.names - b.names) > 1e-9)
            return a.names > b.names;
        if (std::abs(a.texts - b.texts) > 1e-9)
            return a.texts > b.texts;
        if (a.telling != b.telling)
            return a.telling > b.telling;
        if (a.joined != b.joined)
            return a.joined > b.joined;
        return a.words.size() < b.words.size();
    });
    // All of them together found nothing, unless the query's last word was a function word (the
    // query searched it, as the start of a word, perhaps: "colonoscopy prep which").
    const bool allSearched = !(functionWordsOut && isFunctionWord(words.terms.last()));
    // Once the searches run short (most sets of six words or more find nothing), only the sets
    // that one of the procedures each word found first holds, which are found: a long question
    // still shows the closest. Read once, the first time.
    constexpr int Reserved = 4;
    std::optional<QList<quint32>> held;
    const auto heldSets = [&] {
        QList<QList<QStringList>> groups; // a word each, as it was counted
        QStringList whole;
        for (const QString &term : std::as_const(kept)) {
            const SearchPlan p = termPlans.value(term);
            groups << p.groups.value(0);
            whole += p.wholeWords;
        }
        QList<quint32> masks;
        for (const IndexedText &text : m_store.index().texts(firstFound)) {
            const QList<bool> has = SearchIndex::placement(text, groups, whole).held;
            quint32 mask = 0;
            for (qsizetype i = 0; i < n; ++i)
                mask |= has.at(i) ? 1u << (n - 1 - i) : 0;
            masks << mask;
        }
        return masks;
    };
    for (const Some &some : std::as_const(sets)) {
        if (searches + 2 > MaxSearches)
            return {};
        if (some.telling == 0 || (allSearched && some.words.size() == distinct.size()))
            continue; // nothing that says what is wanted ("keeps getting")
        if (searches + 2 > MaxSearches - Reserved) {
            if (!held)
                held = heldSets();
            if (std::ranges::none_of(*held, [&some](quint32 h) { return (h & some.mask) == some.mask; }))
                continue;
        }
        if (std::optional<SearchPage> page = pageFor(some.words))
            return *page;
    }
    return {};
}

QString SearchEngine::hanWords(const QString &text, const SearchFilters &filters, QString *error)
{
    // Whether a text holds word: a pair of characters is a word of the index, a longer run the
    // phrase of its pairs (plan()). Each asked once, and at most MaxLookups in all: the rest of a
    // long run is left out (a question is short; a pasted page is not one).
    constexpr int MaxLookups = 48;
    QHash<QString, bool> known;
    const auto holds = [&](const QString &word) {
        if (const auto it = known.constFind(word); it != known.cend())
            return *it;
        if (!error->isEmpty() || known.size() >= MaxLookups)
            return false;
        bool held = false;
        if (word.size() == 2) {
            held = m_store.index().documentFrequency(word, error) > 0;
        } else {
            const SearchPage page = m_store.index().search(plan(parseQuery(word), filters), 0, 1);
            *error = page.error;
            held = page.total > 0;
        }
        known.insert(word, held);
        return held;
    };
    constexpr qsizetype LongestWord = 8; // characters: 超声心动图, 带状疱疹疫苗
    // A run no text holds whole: pairs a text holds join their characters into a stretch; each
    // stretch is cut into the longest words a text holds whole, from its start, its last
    // character with the one before it where it would be alone.
    const auto split = [&](const QString &run) {
        QStringList words;
        qsizetype i = 0;
        while (i + 1 < run.size()) {
            if (!holds(run.mid(i, 2))) {
                ++i;
                continue;
            }
            qsizetype j = i + 1; // the stretch's last character
            while (j + 1 < run.size() && holds(run.mid(j, 2)))
                ++j;
            for (qsizetype k = i; k < j;) {
                qsizetype size = std::min(LongestWord, j - k + 1);
                while (size > 2 && !holds(run.mid(k, size)))
                    --size;
                words << run.mid(k, size);
                k += size;
                if (k == j)
                    words << run.mid(j - 1, 2);
            }
            i = j + 1;
        }
        return words;
    };
    // Each word of the text with Han in it, as typed between spaces, is its runs of Han, each
    // held whole or split, and what lies between them (a letter alone left out: the "B" of
    // "B超"); the other words as they were typed ("cpt:", "-exclusions").
    QStringList out;
    bool changed = false;
    bool found = false; // a word of Han a text holds
    for (const QString &token : text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts)) {
        if (!IndexWords::hasHan(token) || token.startsWith(u'-')) {
            out << token;
            continue;
        }
        for (const QString &word : queryWords(token)) {
            for (qsizetype start = 0; start < word.size();) {
                const bool han = word.at(start).script() == QChar::Script_Han;
                qsizetype end = start;
                while (end < word.size() && (word.at(end).script() == QChar::Script_Han) == han)
                    ++end;
                const QString run = word.mid(start, end - start);
                start = end;
                if (!han) {
                    changed = changed || run.size() < 2;
                    if (run.size() >= 2)
                        out << run;
                } else if (run.size() >= 2 && holds(run)) {
                    out << run;
                    found = true;
                } else {
                    const QStringList words = split(run);
                    out += words;
                    found = found || !words.isEmpty();
                    changed = true;
                }
            }
        }
    }
    if (!error->isEmpty() || !found)
        return text;
    return changed ? out.join(u' ') : text;
}

SearchPage SearchEngine::search(const SearchRequest &request)
{
    m_vietnamese.reset(); // asked again once a search: an import may have brought Vietnamese
    SearchPage page = searchPage(request);
    if (!page.hits.isEmpty() && page.error.isEmpty()) {
        // The languages each procedure is in, for the list's tags: one indexed read a page.
        QList<qint64> ids;
        for (const SearchHit &hit : std::as_const(page.hits))
            ids << hit.id;
        const QHash<qint64, QStringList> languages = m_store.languages(ids);
        for (SearchHit &hit : page.hits)
            hit.languages = languages.value(hit.id);
    }
    return page;
}

SearchPage SearchEngine::searchPage(const SearchRequest &request, bool splitHan)
{
    const ParsedQuery parsed = parseQuery(request.text);
    const SearchPlan firstPlan = plan(parsed, request.filters);
    SearchPage page = m_store.index().search(firstPlan, request.offset, request.limit);
    // Nothing has the words or their inflections: the words they were derived from
    // ("catheterization" finds "catheter"), without snippets. Empty when the words have none or
    // it finds nothing either.
    std::optional<SearchPlan> derivedPlan;
    const auto derived = [&](int offset) -> std::optional<SearchPage> {
        if (!derivedPlan)
            derivedPlan = plan(parsed, request.filters, WordForms::Derived);
        if (derivedPlan->groups == firstPlan.groups)
            return std::nullopt;
        SearchPage found = m_store.index().search(*derivedPlan, offset, request.limit);
        if (found.total == 0 && found.error.isEmpty())
            return std::nullopt;
        return found;
    };
    // A page of the derived words as it is shown: with its snippets.
    const auto shown = [&](SearchPage found) {
        addSnippets(found, *derivedPlan);
        return found;
    };
    if (request.offset > 0 && page.error.isEmpty() && page.total < FewResults) {
        // A later page of a list the derived words made (the first page below).
        const SearchPage first = page.total == 0 ? page : m_store.index().search(firstPlan, 0, 1);
        if (const std::optional<SearchPage> firstDerived = derived(0);
            firstDerived && derivedInstead(first, *firstDerived, parsed.terms)) {
            if (std::optional<SearchPage> more = derived(request.offset))
                return shown(*more);
        }
    }
    if (!page.error.isEmpty() || request.offset > 0 || page.total >= FewResults) {
        addSnippets(page, firstPlan);
        return page;
    }

    // Too little found: try the words corrected, and keep that if it finds more.
    ParsedQuery corrected = parsed;
    bool changed = false;
    for (QString &term : corrected.terms) {
        QString lookupError;
        const QString fixed = correction(term, &lookupError);
        if (!lookupError.isEmpty()) {
            // Never the uncorrected results as if nothing had failed: the caller may try again
            // (a keystroke's interrupt can land here) and otherwise says the search failed.
            SearchPage failed;
            failed.error = lookupError;
            return failed;
        }
        if (!fixed.isEmpty()) {
            term = fixed;
            changed = true;
        }
    }
    // The query as typed, each word corrected as in words.
    const auto typedAs = [&](const ParsedQuery &words) {
        QString text = request.text;
        for (qsizetype i = 0; i < parsed.terms.size(); ++i) {
            if (parsed.terms.at(i) != words.terms.at(i))
                text = replaceWord(text, parsed.terms.at(i), words.terms.at(i));
        }
        return text;
    };
    // A correction is tried before the words the typed ones were derived from ("epideral" is
    // "epidural", not the "epider" of "epidermis"; but see below); where neither finds anything,
    // the procedures with most of the words.
    // A last word that only binds the others ("colonoscopy follow up", "… prep which") is
    // searched as the start of a word, as more may still be typed ("endoscopy up" on the way to
    // "upper"). Where that leaves fewer than FewResults procedures, the first of them not named
    // by the other words (a Sigmoidoscopy that mentions a colonoscopy and a "follow-up"), while
    // the list of those words without it is first a procedure they name, that list instead
    // ("Showing results for colonoscopy follow"): it holds the few too, as a word less finds all
    // a word more does.
    const auto withoutBindingWord = [&](const SearchPage &found,
                                        const ParsedQuery &words) -> std::optional<SearchPage> {
        const auto named = [](const SearchPage &page, const QStringList &terms) {
            if (namesFirst(page))
                return true;
            const QStringList title = IndexWords::tokens(page.hits.first().title);
            return std::ranges::any_of(title, [&terms](const QString &word) {
                return std::ranges::any_of(
                    terms, [&word](const QString &term) { return !isLeftOut(term) && word.startsWith(term); });
            });
        };
        if (!found.error.isEmpty() || found.hits.isEmpty() || found.total >= FewResults || words.terms.size() < 2 ||
            !words.phrases.isEmpty() || !isFunctionWord(words.terms.last()) ||
            !m_synonyms.equivalents({words.terms.last()}).isEmpty() ||
            !leavesFunctionWordsOut(words.terms, request.filters))
            return std::nullopt;
        const QRegularExpression last(
            u"[^\\w]*(?<!\\w)"_s + QRegularExpression::escape(words.terms.last()) + u"[^\\w]*$"_s,
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        const QString text = typedAs(words).remove(last).simplified();
        ParsedQuery shorter = parseQuery(text);
        if (shorter.terms != words.terms.first(words.terms.size() - 1) || shorter.excluded != words.excluded ||
            shorter.system != words.system)
            return std::nullopt;
        const SearchPlan shorterPlan = plan(shorter, request.filters);
        SearchPage page = m_store.index().search(shorterPlan, 0, request.limit);
        if (!page.error.isEmpty() || page.total <= found.total || named(found, shorter.terms) ||
            !named(page, shorter.terms))
            return std::nullopt;
        addSnippets(page, shorterPlan);
        page.correctedQuery = text;
        return page;
    };
    const auto closestOr = [&](SearchPage &found, const SearchPlan &foundPlan, const ParsedQuery &words) {
        if (found.error.isEmpty() && !namesFirst(found)) {
            if (std::optional<SearchPage> fromDerived = derived(0);
                fromDerived && derivedInstead(found, *fromDerived, parsed.terms))
                return shown(*fromDerived);
        }
        if (std::optional<SearchPage> without = withoutBindingWord(found, words))
            return *without;
        if (found.total == 0 && found.error.isEmpty()) {
            // A question in Chinese, as the words of it the texts hold ("胃镜检查 空腹"): its
            // pages search those (and split nothing again).
            if (splitHan) {
                SearchPage near;
                if (const QString split = hanWords(request.text, request.filters, &near.error);
                    near.error.isEmpty() && split != request.text) {
                    SearchRequest again = request;
                    again.text = split;
                    near = searchPage(again, false);
                    if (near.total > 0 && near.correctedQuery.isEmpty())
                        near.correctedQuery = split;
                    near.closest = near.total > 0 && near.error.isEmpty();
                }
                if (near.total > 0 || !near.error.isEmpty())
                    return near;
            }
            if (SearchPage near = closest(words, request, typedAs(words)); near.total > 0 || !near.error.isEmpty())
                return near;
        }
        addSnippets(found, foundPlan);
        return found;
    };
    if (!changed)
        return closestOr(page, firstPlan, parsed);
    corrected.normalized = corrected.terms.join(u' ');
    corrected.codeCandidate.clear();
    const SearchPlan correctedPlan = plan(corrected, request.filters);
    SearchPage better = m_store.index().search(correctedPlan, 0, request.limit);
    if (!better.error.isEmpty() || better.total <= page.total)
        return closestOr(page, firstPlan, corrected);
    if (page.total == 0 && !better.hits.isEmpty() && !namesFirst(better)) {
        // The correction occurs only in texts: the derived words instead where they name a
        // procedure ("electrocardiography" is the Electrocardiogram, not the
        // "electrocardiographic" of a Holter monitor's text).
        std::optional<SearchPage> fromDerived = derived(0);
        if (fromDerived && namedByDerived(*fromDerived, parsed.terms))
            return shown(*fromDerived);
    }
    addSnippets(better, correctedPlan);
    better.correctedQuery = typedAs(corrected);
    return better;
}

QStringList SearchEngine::highlightTerms(const QString &text) const
{
    // Highlighting reads nothing of the library (it runs on the GUI thread): a "đ" form of a
    // word is highlighted wherever it is.
    m_vietnamese = true;
    QStringList out;
    const SearchPlan p = plan(parseQuery(text), {});
    for (const QList<QStringList> &group : p.groups) {
        for (const QStringList &alternative : group) {
            for (const QString &w : alternative) {
                if (!out.contains(w))
                    out << w;
            }
        }
    }
    return out;
}

QString SearchEngine::correction(const QString &word, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (word.size() < 5 || hasDigit(word))
        return {};
    const int limit = word.size() >= 8 ? 2 : 1;
    // Every letter typed, in order: a letter left out ("abcess", "abscess"), not one replaced
    // ("access"), which is how a word typed in haste most often goes wrong.
    const auto keepsTyped = [&word](const QString &candidate) {
        qsizetype i = 0;
        for (const QChar c : candidate) {
            if (i < word.size() && word.at(i) == c)
                ++i;
        }
        return i == word.size();
    };
    const auto closest = [&](const QStringList &candidates, auto frequency) {
        QString best;
        int bestDistance = limit + 1;
        int bestFrequency = -1;
        for (const QString &candidate : candidates) {
            if (std::abs(int(candidate.size() - word.size())) > limit)
                continue;
            const int d = editDistance(word, candidate, limit);
            if (d > limit || d > bestDistance)
                continue;
            // Two edits are far: a word misspelt that much still starts as it sounds ("kemotherapy",
            // "numonia"), and a real word the library lacks is not another that looks like it
            // ("wheezing" is not "freezing", "stitching" not "itching").
            if (d > 1 && startSound(candidate) != startSound(word))
                continue;
            // As close: the one that keeps every letter typed, then the more common.
            if (d < bestDistance || (keepsTyped(candidate) && !keepsTyped(best))) {
                best = candidate;
                bestDistance = d;
                bestFrequency = -1; // counted only if another is as close
                continue;
            }
            if (keepsTyped(best) && !keepsTyped(candidate))
                continue;
            if (bestFrequency < 0)
                bestFrequency = frequency(best);
            if (const int f = frequency(candidate); f > bestFrequency) {
                best = candidate;
                bestFrequency = f;
            }
        }
        return best;
    };
    // Candidates from the index of the library's words: never the whole list of them.
    const QStringList similar = m_store.index().similarWords(word, error);
    if (!error->isEmpty())
        return {};
    // Nor is an inflection of a word the library has ("bumps" where a text says "bump" is not
    // "pumps", "drained" where it says "drain" not "trained"): the search has the word already.
    // Only a plural or a base of five letters or more: "bleding" is "bleeding", whether or not
    // a text says "bled".
    QStringList bases = Synonyms::baseForms(word);
    bases.removeIf([&word](const QString &base) { return base.size() < 5 && base != word.chopped(1); });
    QStringList candidates;
    for (const QString &candidate : similar) {
        // A word that starts an indexed word is not a typo: it is being typed.
        if (candidate.startsWith(word) || bases.contains(candidate))
            return {};
        if (candidate.size() >= 3 && !hasDigit(candidate))
            candidates << candidate;
    }
    // Frequencies only when two candidates are equally close: each is a query.
    QHash<QString, int> counted;
    const QString best = closest(candidates, [&](const QString &candidate) {
        auto it = counted.find(candidate);
        if (it == counted.end())
            it = counted.insert(candidate, m_store.index().documentFrequency(candidate, error));
        return *it;
    });
    return error->isEmpty() ? best : QString();
}

} // namespace Careleaf
