#include "indexwords.h"

#include "searchquery.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Careleaf::IndexWords {

namespace {

// Start the lines of search forms: INVISIBLE SEPARATOR (Chinese pairs) and INVISIBLE PLUS (words
// without their marks), which no tokenizer takes for a letter.
constexpr QChar FormsMark = QChar(0x2063);
constexpr QChar UnmarkedMark = QChar(0x2064);

bool isHan(QChar c)
{
    return c.script() == QChar::Script_Han;
}

// The pairs of characters of each run of Han in text, in order.
QStringList pairsOf(const QString &text)
{
    QStringList out;
    qsizetype run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        run = isHan(text.at(i)) ? run + 1 : 0;
        if (run >= 2)
            out << text.mid(i - 1, 2);
    }
    return out;
}

// each(word) for each run of text's word characters (isWordChar()), in order.
template<typename Each>
void forEachWord(QStringView text, Each each)
{
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool word = i < text.size() && isWordChar(text.at(i));
        if (word && start < 0) {
            start = i;
        } else if (!word && start >= 0) {
            each(text.sliced(start, i - start));
            start = -1;
        }
    }
}

} // namespace

QString withSearchForms(const QString &text)
{
    const QStringList pairs = pairsOf(text);
    QStringList forms;
    // A word with a mark other than a Latin letter's accent (which the tokenizer takes off), or
    // the tatweel (a letter to it): as fold() makes it, the tatweel left out.
    constexpr char16_t Tatweel = 0x0640;
    const auto apart = [](QChar c) {
        return c == Tatweel ||
               (c.category() == QChar::Mark_NonSpacing && (c.unicode() < 0x0300 || c.unicode() > 0x036F));
    };
    if (std::any_of(text.cbegin(), text.cend(), apart)) {
        forEachWord(text, [&](QStringView w) {
            if (std::any_of(w.cbegin(), w.cend(), apart)) {
                if (const QString f = fold(w.toString()).remove(QChar(Tatweel)); !f.isEmpty())
                    forms << f;
            }
        });
    }
    QString out = text;
    if (!pairs.isEmpty())
        out += u'\n' + FormsMark + pairs.join(u' ');
    if (!forms.isEmpty())
        out += u'\n' + UnmarkedMark + forms.join(u' ');
    return out;
}

QString readable(const QString &indexed)
{
    if (!indexed.contains(FormsMark) && !indexed.contains(UnmarkedMark))
        return indexed;
    static const QRegularExpression formsLine(u"\n[\u2063\u2064][^\n]*"_s);
    return QString(indexed).remove(formsLine);
}

QString withoutUnmarkedForms(const QString &indexed)
{
    if (!indexed.contains(UnmarkedMark))
        return indexed;
    static const QRegularExpression unmarkedLine(u"\n\u2064[^\n]*"_s);
    return QString(indexed).remove(unmarkedLine);
}

QStringList hanPairs(const QString &word)
{
    return word.size() >= 3 && std::all_of(word.cbegin(), word.cend(), isHan) ? pairsOf(word) : QStringList();
}

bool hasHan(const QString &word)
{
    return std::any_of(word.cbegin(), word.cend(), isHan);
}

QString fold(const QString &word)
{
    // Most words are plain ASCII: nothing to decompose.
    if (std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        return word.toLower();
    const QString decomposed = word.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    }
    return out.toLower();
}

QStringList tokens(const QString &text)
{
    QStringList out;
    forEachWord(text, [&out](QStringView w) {
        if (const QString t = fold(w.toString()); !t.isEmpty())
            out << t;
    });
    return out;
}

QStringList otherSpellings(const QString &word)
{
    if (word.isEmpty())
        return {};
    QStringList out;
    const auto add = [&](const QString &w) {
        if (w != word && !out.contains(w))
            out << w;
    };
    const QChar first = word.front();
    if (first.script() == QChar::Script_Cyrillic) {
        if (word.contains(u'ё')) {
            add(QString(word).replace(u'ё', u'е'));
        } else {
            // Written without the dots, ё is one of the е's (seldom more than one in a word).
            for (qsizetype i = word.indexOf(u'е'), n = 0; i >= 0 && n < 4; i = word.indexOf(u'е', i + 1), ++n) {
                QString w = word;
                w[i] = u'ё';
                add(w);
            }
        }
    } else if ((first == u'd' || first == u'đ') && word.size() <= 7) {
        // A Vietnamese syllable's đ is its first letter, and a syllable has seven letters at most
        // ("đường" five): "dialysis" is no Vietnamese word.
        add((first == u'd' ? u"đ"_s : u"d"_s) + word.mid(1));
    } else if (first.script() == QChar::Script_Arabic) {
        // A word of four letters or fewer starting so keeps it, and takes no second article:
        // "الدم" is the article and a word of two, "الم" may be ألم (its alef a hamza seat).
        const QString article = u"ال"_s;
        const bool withArticle = word.startsWith(article);
        const bool keepsArticle = withArticle && word.size() <= article.size() + 2;
        const QString stem = withArticle && !keepsArticle ? word.mid(2) : word;
        QStringList stems{stem};
        static const QString alefs = u"اأإآ"_s;
        if (alefs.contains(stem.front())) {
            for (QChar alef : alefs) {
                if (alef != stem.front())
                    stems << alef + stem.mid(1);
            }
        }
        static const QList<std::pair<QChar, QChar>> endings{{u'ة', u'ه'}, {u'ه', u'ة'}, {u'ى', u'ي'}, {u'ي', u'ى'}};
        for (const QString &s : QStringList(stems)) {
            for (const auto &[written, other] : endings) {
                if (s.size() > 2 && s.back() == written)
                    stems << s.first(s.size() - 1) + other;
            }
        }
        for (const QString &s : std::as_const(stems)) {
            add(s);
            if (!keepsArticle)
                add(article + s);
        }
        // Written onto the word before it, as Arabic writes them: "and" (و), and the article
        // after "with", "and", "so", "like", "for" (بال وال فال كال لل): "بالنيبولايزر".
        add(u"و"_s + word);
        if (!keepsArticle && stem.size() >= 3) {
            for (const QString &before : {u"بال"_s, u"وال"_s, u"فال"_s, u"كال"_s, u"لل"_s})
                add(before + stem);
        }
        // A word a document writes with vowel marks is indexed also as fold() makes it, its
        // hamza off its seat ("يُؤخذ" as "يوخذ", withSearchForms()): so is the word typed without.
        add(fold(word));
    }
    return out;
}

QStringList foldedWords(const QStringList &alternative)
{
    QStringList out;
    for (const QString &w : alternative) {
        if (QString f = fold(w); !f.isEmpty())
            out << f;
    }
    return out;
}

} // namespace Careleaf::IndexWords
