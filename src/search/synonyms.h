// Lay terms and abbreviations (resources/search/synonyms.tsv, the Spanish ones in
// synonyms-es.tsv, plus a clinic's own file in the data location): "iv" finds "intravenous" and
// "intravenous" finds "iv"; accents do not count.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Careleaf {

class Synonyms
{
public:
    // The bundled table merged with the clinic's files (IT's and the user's, clinicFiles()).
    // Malformed lines are skipped and reported in *problems ("file:line: reason") when given.
    [[nodiscard]] static Synonyms load(const QStringList &clinicFiles = Synonyms::clinicFiles(),
                                       QStringList *problems = nullptr);
    // careleaf/synonyms.tsv in XDG_DATA_DIRS and in the user's data folder, those that exist.
    [[nodiscard]] static QStringList clinicFiles();

    // Adds both directions of one pair; each side is normalised to query words.
    void add(const QString &a, const QString &b);
    // Equivalents of a word sequence ("iv" -> {"intravenous"}), each as words.
    [[nodiscard]] QList<QStringList> equivalents(const QStringList &words) const;
    // Longest key (in words) in the table; multi-word keys are matched against runs of terms.
    [[nodiscard]] int longestKey() const { return m_longest; }
    [[nodiscard]] int size() const { return int(m_map.size()); }

    // English inflections a search term should also match as a prefix: "infusions" -> "infusion",
    // "therapies" -> "therapy", "bleeding" -> "bleed", "admitted" -> "admit"; and the verb of a noun made from it,
    // "sedation" -> "sedat", "drainage" -> "drain". Never shorter than four letters.
    [[nodiscard]] static QStringList baseForms(const QString &word);
    // The base of a short verb whose last consonant doubled before -ed or -ing, three or four
    // letters: "snipped" -> "snip", "cutting" -> "cut", "tagged" -> "tag" (not "missed" -> "mis",
    // "spilled" -> "spil"). As a prefix it would start too many other words ("snip" starts
    // "snippet", "clot" "clothes"): meant as a whole word (SearchPlan::wholeWords). Empty for
    // any other word.
    [[nodiscard]] static QString shortBase(const QString &word);
    // Beyond those, the English word it was derived from, which the text may use instead:
    // "catheterization" -> "catheter", "painful" -> "pain", "cardiologist" -> "cardiolog",
    // "injectable" -> "inject", "breathlessness" -> "breath", and of an irregular form,
    // "drawn" -> "draw", each meant as a prefix. Broader than the word (as prefixes, "numb" also
    // finds "number"), so searched only when the query as typed finds nothing (SearchEngine).
    // Never shorter than four letters; none of a word with a digit.
    [[nodiscard]] static QStringList derivedForms(const QString &word);
    // The same word as the other side of the Atlantic spells it, the medical pairs both ways:
    // anaemia/anemia, haem-/hem-, oedema/edema, oesophagus/esophagus, diarrhoea/diarrhea,
    // tumour/tumor, centre/center, fibre/fiber, -ise/-ize, -yse/-yze, -isation/-ization,
    // sulphate/sulfate, faecal/fecal, coeliac/celiac, aetiology/etiology, ageing/aging. A variant the
    // library does not hold matches nothing (each is searched as a prefix like the word itself).
    [[nodiscard]] static QStringList spellingVariants(const QString &word);

private:
    QHash<QString, QList<QStringList>> m_map; // key: words joined by ' '
    int m_longest = 1;
};

} // namespace Careleaf
