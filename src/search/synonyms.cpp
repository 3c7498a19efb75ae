#include "synonyms.h"

#include "indexwords.h"
#include "searchquery.h"
#include "tablefile.h"

#include <QHash>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Careleaf {

namespace {

void loadFile(Synonyms &s, const QString &path, QStringList *problems)
{
    TableFile::forEachRecord(
        path,
        [&](int lineNumber, const QString &line) {
            const QStringList parts = line.split(u'\t', Qt::SkipEmptyParts);
            if (parts.size() != 2 || queryWords(parts.at(0)).isEmpty() || queryWords(parts.at(1)).isEmpty()) {
                if (problems)
                    *problems << u"%1:%2: expected two terms separated by a tab"_s.arg(path,
                                                                                       QString::number(lineNumber));
                return;
            }
            s.add(parts.at(0), parts.at(1));
        },
        problems);
}

} // namespace

QStringList Synonyms::clinicFiles()
{
    return TableFile::clinicFiles(u"careleaf/synonyms.tsv"_s);
}

Synonyms Synonyms::load(const QStringList &clinicFiles, QStringList *problems)
{
    Synonyms s;
    loadFile(s, u":/search/synonyms.tsv"_s, problems);
    loadFile(s, u":/search/synonyms-es.tsv"_s, problems); // Spanish lay terms
    for (const QString &file : clinicFiles)
        loadFile(s, file, problems);
    return s;
}

void Synonyms::add(const QString &a, const QString &b)
{
    const QStringList wa = queryWords(a);
    const QStringList wb = queryWords(b);
    if (wa.isEmpty() || wb.isEmpty() || wa == wb)
        return;
    auto insert = [this](const QStringList &key, const QStringList &value) {
        QList<QStringList> &list = m_map[IndexWords::foldedWords(key).join(u' ')];
        if (!list.contains(value))
            list << value;
        m_longest = std::max(m_longest, int(key.size()));
    };
    insert(wa, wb);
    insert(wb, wa);
}

QList<QStringList> Synonyms::equivalents(const QStringList &words) const
{
    // Accents do not count: "inyeccion" is "inyección".
    return m_map.value(IndexWords::foldedWords(words).join(u' '));
}

namespace {

// Whether a stem ends in a consonant doubled before an ending ("referr" of "referring", "snipp"
// of "snipped"); other: the consonants that also end words doubled ("miss", "fill").
bool endsDoubled(QStringView stem, QStringView other = {})
{
    const qsizetype k = stem.size();
    return k >= 2 && stem.at(k - 1) == stem.at(k - 2) && !QStringView(u"aeiouy").contains(stem.at(k - 1)) &&
           !other.contains(stem.at(k - 1));
}

} // namespace

QStringList Synonyms::baseForms(const QString &word)
{
    QStringList forms;
    auto add = [&forms, &word](const QString &f) {
        if (f.size() >= 4 && f != word && !forms.contains(f))
            forms << f;
    };
    // A verb's last consonant, doubled before its ending, single again; not where that leaves four
    // letters, the start of too many other words ("clot" of "clotting" starts "clothes", "spin"
    // of "spinning" "spinal").
    auto addUndoubled = [&add](const QString &stem) {
        if (stem.size() >= 6 && endsDoubled(stem))
            add(stem.chopped(1));
    };
    const qsizetype n = word.size();
    if (n < 5)
        return forms;
    if (word.endsWith(u"ies"_s)) {
        add(word.left(n - 3) + u'y');
    } else if (word.endsWith(u"sses"_s) || word.endsWith(u"xes"_s) || word.endsWith(u"ches"_s) ||
               word.endsWith(u"shes"_s)) {
        add(word.left(n - 2));
    } else if (word.endsWith(u's') && !word.endsWith(u"ss"_s) && !word.endsWith(u"us"_s) && !word.endsWith(u"is"_s)) {
        add(word.left(n - 1));
    } else if (word.endsWith(u"ing"_s) && n > 6) {
        add(word.left(n - 3));
        addUndoubled(word.left(n - 3)); // "referring" -> "refer"
    } else if (word.endsWith(u"ed"_s) && n > 5) {
        add(word.left(n - 2));
        add(word.left(n - 1));          // "infused" -> "infuse"
        addUndoubled(word.left(n - 2)); // "admitted" -> "admit"
        if (word.endsWith(u"ied"_s))
            add(word.left(n - 3) + u'y'); // "biopsied" -> "biopsy"
    } else if (word.endsWith(u"ation"_s) && n >= 8) {
        // The noun of a verb the text may use instead: "sedation" finds "sedated" through
        // "sedat", "hospitalization" finds "hospitalized" through "hospitaliz".
        add(word.left(n - 3));
        if (n - 5 >= 6)
            add(word.left(n - 5));
    } else if (word.endsWith(u"age"_s) && n >= 8) {
        // The noun of a verb likewise: "drainage" finds "drain" and "draining", "blockage" "blocked".
        add(word.left(n - 3));
    }
    return forms;
}

QString Synonyms::shortBase(const QString &word)
{
    const qsizetype n = word.size();
    const qsizetype ending = word.endsWith(u"ed"_s) && n > 5 ? 2 : word.endsWith(u"ing"_s) && n > 6 ? 3 : 0;
    const qsizetype k = n - ending;
    if (ending == 0 || k > 5 || !endsDoubled(QStringView(word).left(k), u"slfz"))
        return {};
    return word.left(k - 1);
}

QStringList Synonyms::derivedForms(const QString &word)
{
    // Irregular forms, which no ending gives: "blood drawn" is a blood draw. Derived forms, as
    // the start of a word the base is broader too ("draw": "drawback", "fall": "fallopian").
    static const QHash<QString, QString> irregular{
        {u"drawn"_s, u"draw"_s},  {u"swollen"_s, u"swell"_s}, {u"bitten"_s, u"bite"_s},  {u"broken"_s, u"break"_s},
        {u"fallen"_s, u"fall"_s}, {u"bled"_s, u"bleed"_s},    {u"slept"_s, u"sleep"_s},  {u"drank"_s, u"drink"_s},
        {u"drunk"_s, u"drink"_s}, {u"frozen"_s, u"freeze"_s}, {u"froze"_s, u"freeze"_s}, {u"worn"_s, u"wear"_s},
        {u"torn"_s, u"tear"_s},   {u"teeth"_s, u"tooth"_s},   {u"feet"_s, u"foot"_s},    {u"children"_s, u"child"_s},
    };
    if (const auto it = irregular.constFind(word); it != irregular.cend())
        return {*it};
    if (word.size() < 5 || !std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetter(); }))
        return {};
    struct Ending
    {
        QStringView suffix;
        QStringView replacement;
        qsizetype stem;          // letters the word keeps before the ending, at least
        bool notTheWord = false; // only once an ending came off ("catheterizing" -> "catheteriz")
    };
    static constexpr Ending endings[] = {
        {u"ization", u"", 6},     // catheterization -> catheter
        {u"isation", u"", 6},     // hospitalisation -> hospital
        {u"ize", u"", 6},         // catheterize -> catheter
        {u"ise", u"", 6},         // sterilise -> steril(e)
        {u"iz", u"", 6, true},    // catheterizing -> catheteriz -> catheter
        {u"is", u"", 6, true},    // catheterised -> catheteris -> catheter (not "diagnosis")
        {u"ation", u"at", 3},     // vaccinations -> vaccination -> vaccinat(e)
        {u"ation", u"", 6},       // vaccination -> vaccin(e)
        {u"tion", u"t", 4},       // infection -> infect, insertion -> insert
        {u"sion", u"s", 4},       // transfusion -> transfus(ed), incision -> incis(e)
        {u"ment", u"", 5},        // treatment -> treat, replacement -> replace
        {u"iness", u"y", 3},      // dizziness -> dizzy
        {u"ness", u"", 4},        // numbness -> numb, tightness -> tight
        {u"less", u"", 4},        // breathless -> breath, painless -> pain
        {u"ful", u"", 4},         // painful -> pain
        {u"ly", u"", 6},          // intravenously -> intravenous
        {u"bility", u"ble", 3},   // stability -> stable
        {u"ity", u"", 4},         // mobility -> mobil(e), acidity -> acid
        {u"able", u"", 4},        // injectable -> inject
        {u"ible", u"", 5},        // reversible -> revers(e)
        {u"ical", u"", 4},        // surgical -> surg(ery), clinical -> clin(ic)
        {u"atic", u"", 4},        // asthmatic -> asthm(a), lymphatic -> lymph
        {u"ic", u"", 4},          // allergic -> allerg(y), diabetic -> diabet(es)
        {u"val", u"ve", 4},       // removal -> remove
        {u"al", u"", 6},          // intestinal -> intestin(e), arterial -> arteri(es)
        {u"graphy", u"graph", 4}, // electrocardiography -> electrocardiograph(ic)
        {u"graph", u"gram", 4},   // electrocardiograph -> electrocardiogram
        {u"scopy", u"scop", 4},   // colonoscopy -> colonoscop(e)
        {u"ious", u"", 5},        // infectious -> infect
        {u"ous", u"", 5},         // cancerous -> cancer
        {u"ive", u"", 5},         // sedative -> sedat(ed), invasive -> invas(ion)
        {u"ist", u"", 6},         // cardiologist -> cardiolog(y), therapist -> therap(y)
        {u"ance", u"", 5},        // resistance -> resist
        {u"ence", u"", 5},        // dependence -> depend
        {u"ancy", u"", 5},        // pregnancy -> pregn(ant)
        {u"ency", u"", 5},        // emergency -> emerg(ent)
    };
    // Of the word and of every form found so far, so two endings come off in turn
    // ("hospitalizations" -> "hospitalization" -> "hospital", "breathlessness" -> "breathless" ->
    // "breath").
    QStringList bases{word};
    bases += baseForms(word);
    const qsizetype known = bases.size();
    for (qsizetype i = 0; i < bases.size(); ++i) {
        const QString b = bases.at(i); // a copy: bases grows below
        for (const Ending &e : endings) {
            if ((e.notTheWord && i == 0) || !b.endsWith(e.suffix) || b.size() - e.suffix.size() < e.stem)
                continue;
            const QString derived = b.chopped(e.suffix.size()) + e.replacement;
            if (derived.size() >= 4 && !bases.contains(derived))
                bases << derived;
        }
    }
    return bases.mid(known);
}

QStringList Synonyms::spellingVariants(const QString &word)
{
    // The beginning, a part inside and the ending each change in turn, so a word that differs in
    // two places finds the other spelling too: "haemolysed" -> "hemolysed", "haemolyzed",
    // "hemolyzed". Each pass changes the word and what the passes before made of it.
    QStringList spellings{word};
    const auto add = [&spellings](const QString &v) {
        if (v.size() >= 4 && !spellings.contains(v))
            spellings << v;
    };
    // Whole beginnings, both ways (British first).
    static const QList<std::pair<QString, QString>> starts{
        {u"haem"_s, u"hem"_s},         {u"anaem"_s, u"anem"_s},         {u"anaesth"_s, u"anesth"_s},
        {u"paediatr"_s, u"pediatr"_s}, {u"orthopaed"_s, u"orthoped"_s}, {u"gynaec"_s, u"gynec"_s},
        {u"caesar"_s, u"cesar"_s},     {u"oedem"_s, u"edem"_s},         {u"oesophag"_s, u"esophag"_s},
        {u"oestr"_s, u"estr"_s},       {u"foet"_s, u"fet"_s},           {u"leukaem"_s, u"leukem"_s},
        {u"ischaem"_s, u"ischem"_s},   {u"haemat"_s, u"hemat"_s},       {u"dyspnoea"_s, u"dyspnea"_s},
        {u"apnoea"_s, u"apnea"_s},     {u"ageing"_s, u"aging"_s},       {u"faec"_s, u"fec"_s},
        {u"coeliac"_s, u"celiac"_s},   {u"aetiolog"_s, u"etiolog"_s},   {u"sulph"_s, u"sulf"_s},
    };
    for (const auto &[british, american] : starts) {
        if (word.startsWith(british))
            add(american + word.mid(british.size()));
        else if (word.startsWith(american))
            add(british + word.mid(american.size()));
    }
    // Anywhere in the word: -aemia/-emia (septicaemia, hypoglycaemia), -rrhoea/-rrhea.
    static const QList<std::pair<QString, QString>> inside{{u"aemi"_s, u"emi"_s}, {u"rrhoe"_s, u"rrhe"_s}};
    for (const QString &spelling : QStringList(spellings)) {
        for (const auto &[british, american] : inside) {
            if (const qsizetype at = spelling.indexOf(british); at > 0)
                add(spelling.left(at) + american + spelling.mid(at + british.size()));
            else if (const qsizetype at2 = spelling.indexOf(american); at2 > 0 && !spelling.contains(british))
                add(spelling.left(at2) + british + spelling.mid(at2 + american.size()));
        }
    }
    // Endings: -ise/-ize (immunise), -yse/-yze (haemolysed, dialyse), -our/-or, -tre/-ter and
    // -bre/-ber (fibre). A plural finds its variant through its singular (baseForms).
    static const QList<std::pair<QString, QString>> ends{
        {u"isation"_s, u"ization"_s}, {u"ise"_s, u"ize"_s},   {u"ised"_s, u"ized"_s},   {u"ising"_s, u"izing"_s},
        {u"yse"_s, u"yze"_s},         {u"ysed"_s, u"yzed"_s}, {u"ysing"_s, u"yzing"_s}, {u"our"_s, u"or"_s},
        {u"tre"_s, u"ter"_s},         {u"ours"_s, u"ors"_s},  {u"tres"_s, u"ters"_s},   {u"bre"_s, u"ber"_s},
    };
    for (const QString &spelling : QStringList(spellings)) {
        if (spelling.size() < 5)
            continue;
        for (const auto &[british, american] : ends) {
            if (spelling.endsWith(british))
                add(spelling.chopped(british.size()) + american);
            else if (spelling.endsWith(american))
                add(spelling.chopped(american.size()) + british);
        }
    }
    spellings.removeFirst(); // the word itself
    return spellings;
}

} // namespace Careleaf
