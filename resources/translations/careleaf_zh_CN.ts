<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Careleaf</name>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Careleaf::Cli</name>
    <message>
        <source>option --db needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no procedure matches &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the library in “%2” (it is in: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--language: “%1” is not a language Careleaf knows (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a library file: careleaf-cli --db FILE.sqlite ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the address, the user and ~/.pgpass, and that the server is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work on this computer&apos;s library meanwhile: careleaf-cli --db FILE.sqlite ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open another library: careleaf-cli --db OTHER.sqlite ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore the backup taken before the last upgrade (%1, %2): careleaf-cli %3recover --backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a fresh library, keeping this file aside: careleaf-cli %1recover --fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok: %1 procedures, library format %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;careleaf-cli --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin takes: init-server ADDRESS [--editor NAME] [--workstation NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init-server needs a server address, such as postgresql://postgres@db.clinic/careleaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs setting up or upgrading, which only the owner of the database or a superuser may do: run init-server as the owner, for example sudo -u postgres careleaf-cli admin init-server postgresql:///DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>copy needs --from LIBRARY and --to LIBRARY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy needs two different libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handout needs --out FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handout needs at least one KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of --sections and --preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown preset &quot;%1&quot;; choose one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown section &quot;%1&quot;; sections are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sections needs at least one section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bilingual needs --language with the patient&apos;s language (not English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient handouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs at least one file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped by %1: the documents counted above are in the library; import again to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recover takes --backup [FILE] or --fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recover works on a library file on this computer; %1 is on the clinic server, which IT backs up and restores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no automatic backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the previous file is kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No procedure has all the words; showing the closest, for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing results for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show needs exactly one KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of --json and --text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handouts are written by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start %1 to write the handout: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped by %1 while the search index was being tidied: every document is in the library, and search may be slower until the next large import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --db needs a library file or a server&apos;s address (a file whose name starts with &apos;-&apos; is written ./%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>careleaf-cli --help describes every command, LOCATION and the exit status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: careleaf-cli [--db LOCATION] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --db needs a library file or a server&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opens and passes check: there is nothing to recover, and it was left as it is. To start an empty library, give another file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) has none of the sections chosen (%3); it has: %4. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db goes before the command: careleaf-cli --db LOCATION COMMAND ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 again, given as %3: it is printed once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out %1: a handout&apos;s file name must be UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is “%3”, which is no preset: the handout will be the patient&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since needs a date as YYYY-MM-DD, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a number from 1 to %1, not “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) has no English version: it is printed in %3 alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped by %1: %2 was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opens and passes check: there is nothing to recover, and it was left as it is. To read a backup, give it with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output could not be written (is the disk full, or the file too large?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a control character (U+%2), which would be printed otherwise than typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown argument “%1”: a library is given with --db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its pages cannot all be read (careleaf-cli check lists what is wrong). Careleaf has not changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be looked up: the library cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procedure %1 cannot be read from the library: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no room for “My questions” on the last page: left out, as fewer than three lines would fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) has no English version: it is printed in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: careleaf-cli [--db LOCATION] COMMAND [ARGS]

Careleaf&apos;s console: import procedure documents, search and read the library, write handouts.

LOCATION is a SQLite library file, or the clinic&apos;s PostgreSQL server:
  postgresql://USER@HOST[:PORT]/DBNAME, service=NAME (pg_service.conf), or host=... dbname=...
Passwords come from ~/.pgpass or PGPASSFILE, as for psql; never put one on a command line.
Default: $CARELEAF_DB if set, then the clinic server chosen in the app&apos;s Preferences (or by
IT), otherwise the Careleaf app&apos;s own library (%1), created with the sample library on
first use. A new file given with --db starts empty; a file&apos;s name must be UTF-8. A handout
starts with the preset IT set (else patient) and the paper the app&apos;s settings give.

Commands:
  import [--language CODE] PATH...
                            import files or folders (recursive). Prints
                            &quot;imported N, updated N, unchanged N, rejected N&quot; and one
                            &quot;&lt;path&gt;: &lt;reason&gt;&quot; line per rejected file on stderr (and per
                            file imported with no section heading recognised, or with a
                            code system Careleaf does not know). Each document&apos;s language
                            is recognised from its headings (a translation that kept English
                            ones from its text&apos;s script), or is CODE.
  list [--json]             every procedure: id, code system, code, title (JSON: languages too)
  search [--json] [--limit N] [--language CODE] QUERY...
                            best matches first (default limit 20); only those in CODE
  show [--json|--text] [--language CODE] KEY
                            one procedure; KEY is an id, a code (96417) or SYSTEM:CODE (CPT:96417);
                            its version in CODE (default English, else the first imported)
  handout [--sections K,K..] [--preset NAME] [--patient NAME] [--note TEXT] [--large-print]
          [--language CODE [--bilingual]] --out FILE.pdf KEY...
                            write a patient handout PDF; several KEYs make a packet. Presets:
                            patient (the default, unless IT set another), before, expect, after,
                            full (a staff copy: everything, with codes), and those IT set and
                            the user saved, by their names. The note prints in a box at the
                            top; the name and the note are never stored. Recorded in the log.
                            --language prints each procedure&apos;s version in CODE, and the
                            handout&apos;s own words in CODE; --bilingual prints each section
                            beside its English version (one with none alone, and a section
                            with nothing beside it in the other language, said on stderr).
                            &quot;My questions&quot; takes the last page&apos;s room, and is
                            left out, said on stderr, where fewer than three lines fit. A
                            FILE not ending in .pdf gets .pdf added; its name must be UTF-8.
                            It is written whole or not at all: a PDF it replaces stays as
                            it was on any failure.
  log [--since DATE] [--csv]
                            the log of education given (handouts printed or exported)
  check                     verify the library&apos;s integrity
  recover --backup [FILE] | --fresh
                            for a damaged library: move the file aside (it is never
                            overwritten) and restore the newest automatic backup (taken
                            before each format upgrade), FILE, or start a fresh library
  copy --from LIBRARY --to LIBRARY
                            publish every procedure of one library into another (a file to the
                            clinic server, or back) in one transaction: all or nothing
  admin init-server ADDRESS [--editor NAME] [--workstation NAME]
                            set up the clinic server (as the database owner): the library, an
                            editor role that imports (careleaf_editor) and a read-only workstation
                            role that searches, prints and adds to the education log
                            (careleaf_workstation)

Options:
  --db LOCATION             the library to use
  -h, --help                show this help (after a COMMAND, that command&apos;s own)
  -v, --version             show the version

Exit status: 0 success; 1 some files rejected, a KEY not found, a KEY with none of the chosen
sections, or problems found by check; 2 usage error, the library cannot be opened, read or
written, recover on a library that opens and passes check, or the output could not be written;
130 or 143 when Ctrl+C or SIGTERM stops an import (after its summary) or a handout (whose PDF
is then not written).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Careleaf::DetailPane</name>
    <message>
        <source>Procedure sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a code or a few words in the search field, then pick a procedure from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source document has no such section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the procedure shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meaning of the medical word at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1：%2</translation>
    </message>
    <message>
        <source>No procedure is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Careleaf::DocumentParser</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file looks like UTF-16 text without a byte-order mark; save it as UTF-8 (or UTF-16 with a byte-order mark) and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is binary, not a text document (NUL byte at offset %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the text is not valid UTF-8; save the file as UTF-8 and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text does not decode with the encoding its byte-order mark announces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the text is not valid UTF-16 (an unpaired surrogate); save the file as UTF-8 and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: control character U+%2 found; this is not a plain-text procedure document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a language Careleaf knows (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 bytes, over the %2 MiB limit for a procedure document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds only blank lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no procedure content after the page header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: expected the official code descriptor, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a procedure code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no code-system line and no known section heading (Summary, Purpose, Preparation, ...): this is not a procedure document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is a code line, but neither the lines above it (&quot;%2&quot;) nor any heading is what a procedure document holds in a language Careleaf knows (%3): is the document in another language? A clinic adds one as a table in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: U+%2 is not a character (a noncharacter); this is not a plain-text procedure document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its headings are in %1 (%2), not in %3 (%4) as --language says: import it without --language, or with --language %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: control character U+%2 found, where a Windows-1252 quote or dash may have been converted as Latin-1; save the file from the original as UTF-8 and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 gives more than one code (&quot;%2&quot;): a document describes one procedure, under one code; give each code a document of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 (&quot;%2&quot;) reads like a code line, but names no code system Careleaf knows (%3): imported without a code, known by its descriptor; the line is kept word for word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its text is written in the script of %1 (%2), not of %3 (%4) as --language says: import it without --language, or with --language %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Careleaf::EducationLogDialog</name>
    <message>
        <source>Education Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Education Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was printed or exported since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an earlier date in Since to see older entries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Careleaf::FileNames</name>
    <message>
        <source>it is a link to nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Careleaf::Handout</name>
    <message>
        <source>Prepared for</source>
        <translation>患者：</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>Patient handout</source>
        <translation>患者须知</translation>
    </message>
    <message>
        <source>Before the procedure</source>
        <translation>检查或治疗前</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>会发生什么</translation>
    </message>
    <message>
        <source>After the procedure</source>
        <translation>检查或治疗后</translation>
    </message>
    <message>
        <source>Staff copy (everything)</source>
        <translation>工作人员版（全部内容）</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>During</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Staff copy</source>
        <translation>工作人员版</translation>
    </message>
    <message>
        <source>Questions? Call %1</source>
        <translation>有问题？请致电 %1</translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>我的问题</translation>
    </message>
    <message>
        <source>In this packet</source>
        <translation>本套资料包括</translation>
    </message>
    <message>
        <source>Your instructions</source>
        <translation>给您的说明</translation>
    </message>
    <message>
        <source>Words to know</source>
        <translation>词语解释</translation>
    </message>
    <message>
        <source>page %1</source>
        <extracomment>After a procedure&apos;s name in the list of a packet&apos;s procedures: the page its text starts on.</extracomment>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no colour (write #1f6b4a, or a name such as darkgreen): headings print in Careleaf green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as an image (%2): the handout has no logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters, more than a letterhead holds (at most %2): left off the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text without a heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 version of %2: the patient&apos;s column beside it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 version of %2: the patient&apos;s column beside them is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No English version of %1: the English column beside it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No English version of %1: the English column beside them is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a heading quoted</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Careleaf::HandoutDialog</name>
    <message>
        <source>Handout — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Packet of %n Handout(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages of the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading level grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For staff: left out of the patient presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading level: &lt;b&gt;grade %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flesch–Kincaid grade of the chosen sections (each section&apos;s own grade is beside it). Most patients read best at grade 6 to 8; the three hardest sentences are marked in the preview, and Words to know explains the medical words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient handouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Careleaf&apos;s own words in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ease %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading ease %1 (Fernández-Huerta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading level: &lt;b&gt;no formula for %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careleaf measures reading level with formulas made for English (Flesch–Kincaid grade) and Spanish (Fernández-Huerta reading ease); an English grade of text in %1 would mislead, so none is shown. Read it with the patient, or ask a reviewer who reads %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fairly easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fairly hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading ease: &lt;b&gt;%1&lt;/b&gt; (%2, Fernández-Huerta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fernández-Huerta reading ease of the chosen sections, a formula made for Spanish: 0 to 100, higher is easier; patient materials aim for 70 or more. Each section&apos;s own figure is beside it; the three hardest sentences are marked in the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; no room for “My questions”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meanings of medical words are written in English: none are printed for a handout in another language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a preset your administrator set: save yours under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a preset your administrator set: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished">第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Ctrl+Page Down and Ctrl+Page Up turn the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This procedure has no English version to print beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these procedures has an English version to print beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>a section box&apos;s reading level, then what more it says</comment>
        <translation type="unfinished">%1：%2 {1.?}</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections under headings Careleaf does not know that do not say the part of the visit they are for. One that follows a section of the patient&apos;s care you tick prints with it, ticked here or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Also prints %1, whose heading says it is for this part of the visit.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1：%2</translation>
    </message>
</context>
<context>
    <name>Careleaf::Importer</name>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is a symbolic link that leads nowhere (or to itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a regular file (a pipe, socket or device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a link to a folder, which is not followed: import the folder itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 bytes, over the %2 MiB limit for a procedure document</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the library did not keep the last %n file(s) stored: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not imported: %1 holds the same procedure (%2) and is newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1：%2</translation>
    </message>
    <message>
        <source>not imported: %1 holds the same procedure (%2), changed at the same moment; of the two, the file whose name sorts last is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is the library being imported into, not a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported, but no section heading was recognised: all its text is under Other (a heading stands alone on its line, between blank lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported, but no section heading was recognised: all its text stands under its name (a heading stands alone on its line, between blank lines)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Careleaf::Languages</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Careleaf::LibraryAddress</name>
    <message>
        <source>“%1” has no value (expected key=value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a connection keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of %1 has no closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a % in the user name or password must be written %25 in a server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server address opens a [ for the host that it does not close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server address contains a space; write it without spaces (a space in a password is written %20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port “%1” is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server address is not a valid URL; check the host, the port and any special characters (written %XX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server address has a &apos;:&apos; but no port number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database name “%1” cannot contain &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server address cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clinic library (service %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clinic library %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this looks like a clinic server&apos;s address, but is not written as one: write postgresql://user@host/database (or libpq&apos;s key=value form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server address cannot be read: separate its keyword=value pairs with spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server address has a setting PostgreSQL does not know: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server address has an &apos;@&apos; after its host: a &apos;/&apos;, &apos;?&apos; or &apos;#&apos; in a user name or password is written %2F, %3F or %23 (better, keep the password in ~/.pgpass)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Careleaf::LibraryCopy</name>
    <message>
        <source>%1 cannot receive procedures: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procedure %1 (%2) cannot be read from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not keep the copy: %2 Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Careleaf::LibraryProblemDialog</name>
    <message>
        <source>Careleaf Cannot Open Its Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Another Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a &amp;Fresh Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use This &amp;Computer&apos;s Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careleaf libraries (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the clinic library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on this computer&apos;s library; the clinic server was not reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careleaf tries again every few seconds. You can also work on this computer&apos;s own library meanwhile, or open a library file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again, work on this computer&apos;s own library meanwhile, or open a library file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore Backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can open another library, %1start a fresh library. The file is kept: it is moved aside, never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore the backup taken before the last upgrade, or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can open another library, or fix the problem and start Careleaf again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the library from its backup; the damaged file is kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started a fresh library; the previous file is kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Careleaf::LibraryStore</name>
    <message>
        <source>The education log row waits in memory only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the row waits on this computer and is added when the library takes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the education log cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>education log row %1 was changed after it was written (it no longer matches its seal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the education log was cut before row %1: a row before it was removed or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the education log cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the education log&apos;s count of rows is missing from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) removed from the end of the education log</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the education log&apos;s last rows were added or changed outside Careleaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the education log cannot be read: %1 cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clinic server address cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: Qt&apos;s %2 driver is not installed (on Debian: apt-get install libqt6sql6-psql or libqt6sql6-sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education log rows still wait for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the database reports “%2”. Careleaf has not changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the procedures cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its format version cannot be read. Careleaf has not changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds other tables but no Careleaf library; choose another database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Careleaf library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says it is library format %2, but Careleaf last brought it to format %3, which this version reads: the format number was changed by hand, not by a newer Careleaf. Ask IT to set it back (UPDATE careleaf_meta SET value = &apos;%3&apos; WHERE key = &apos;schema_version&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Careleaf (library format %2; this version reads up to format %3). Open it with a newer Careleaf, or choose another library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no Careleaf library yet, and %2 Ask IT to run: careleaf-cli admin init-server &lt;address&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an upgrade from library format %2 to %3, which this connection may not make: %4 Ask IT to run: careleaf-cli admin init-server &lt;address&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an upgrade to format %2, but the backup taken first could not be written to %3: %4. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be upgraded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be upgraded to format %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procedure %1: its stored document cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library&apos;s format cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library says it is format %1, but Careleaf last brought it to format %2: the format number was changed by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procedure %1: stored identity does not match its content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procedure %1: content checksum does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Careleaf library (it is not an SQLite database file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the file is %2 bytes shorter than the library it holds, so it was cut off (a full disk, or an interrupted copy). Careleaf has not changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only: Careleaf writes to its library (imports and the education log). Make the file writable, or choose another library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite address (a URI or an in-memory database), not a library file: give Careleaf the path of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not a library file: choose a library file (it is left as it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup %1 does not exist or is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the library itself, not a backup of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup %1 is not a library Careleaf can open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup %1 fails its check: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; try again in a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be moved aside to %2 (is its folder writable?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be copied to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name keys cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the names&apos; word list cannot be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procedure %1: the names&apos; word list lacks &quot;%2&quot;, a word of its names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procedure %1: the names&apos; word list holds &quot;%2&quot;, which its names do not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procedure %1: the names&apos; word list holds &quot;%2&quot; under another title than its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the names&apos; word list counts the procedures whose names hold &quot;%1&quot; wrongly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procedure %1: its name keys do not match its names (a search by name may miss it or show it twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the row could not be kept on this computer either (%2): it is lost when this program ends, unless the library takes it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in a folder Careleaf cannot write to (%2): a library needs its folder writable, for its log files (-wal, -shm) and to be created. Make the folder writable, or choose a library in another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>education log rows that waited on this computer could not all be read, and the file was set aside as %1: the rows it holds may be missing from the log (remove the file once IT has looked at it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist: check the library&apos;s name, or create the folder first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the education log cannot be written: the clinic server refused this connection&apos;s role the right to add to it (%1). Ask IT to grant it: careleaf-cli admin init-server sets the roles up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) removed from the education log</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the library&apos;s name is not UTF-8, and Careleaf would open another file in its place. Rename the file, or give a link to it whose name is UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being upgraded by another Careleaf, which has not finished in two minutes. Try again when it has; if no Careleaf is running, remove %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its stored text is no longer whole (%1 at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its stored text is not a procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup %1 is empty: it holds no library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Careleaf::MainWindow</name>
    <message>
        <source>Number of matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Procedure Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure documents (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Folder of Procedure Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outpatient clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infusion center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 4 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No procedure matches what you typed, so none is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No procedure has all the words; showing the closest, for &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing results for &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is running; cancel it before quitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Careleaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careleaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s) in the library</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No matches for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>More than %n match(es) for “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) for “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Text size %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to print yet: type a code or a few words and choose a procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure could not be printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Careleaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Careleaf %1&lt;/h3&gt;&lt;p&gt;Patient-education procedures for clinic staff: search, read, print.&lt;/p&gt;&lt;p&gt;Library: %2&lt;br&gt;%3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library you chose cannot be opened, so Careleaf stays with %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library: This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import is not available: %1 Ask IT to import with the clinic&apos;s editor role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Clinic library unavailable — retrying&lt;/b&gt;&lt;br&gt;Careleaf cannot reach %1. The procedure on screen stays readable and printable, and Careleaf reconnects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n handout(s) printed meanwhile will be added to the education log.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The clinic library is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This procedure was updated in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This procedure was removed from the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 of %2:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new procedure(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No procedure documents were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Documents imported before that are in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped because the library could not be written:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Details lists each file and why. The others are in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the import: tidying the search index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n closest match(es) for “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>More than %n closest match(es) for “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported with no section heading recognised: Show Details lists them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Files and reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filters above leave procedures out: set them back to “All codes”, “Any setting”, “Any duration” and “Any language” to search the whole library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No procedure matches “%1” with these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No procedure matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling, or try fewer words, the procedure’s code, or another name for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No procedure fits these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library has no procedures yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever keeps the clinic’s library imports its procedures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters Print as Boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored in the administrator&apos;s settings (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search could not be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages as they will print: Page Up and Page Down scroll them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of procedures selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected: %1 makes one handout of them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Lines left out of the clinic&apos;s tables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This procedure cannot be read: the library %1 is damaged (its pages cannot all be read). Careleaf has not changed it. Tell IT: careleaf-cli check lists what is wrong, and careleaf-cli recover puts a backup back or starts a fresh library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This procedure cannot be read from the library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No procedure matches what you typed with these filters, so none is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches for “%1” with these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import procedure documents with File › Import Documents (%1) or Import Folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Careleaf::PagedPrint</name>
    <message>
        <source>the printer or file could not be opened for writing</source>
        <translation>无法打开打印机或文件以写入</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>the printer refused page %1</source>
        <translation>打印机拒绝了第 %1 页</translation>
    </message>
    <message>
        <source>the output could not be finished</source>
        <translation>无法完成输出</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a file that a PDF can be written to (a folder, or a device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file exists and cannot be read, so it is not overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file exists and is not a PDF (it may be a library or a document), so it is not overwritten: choose another file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder: give the name of a file in it, such as handout.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <extracomment>Above a page whose first lines go on with a section begun on the page before, and after the heading of the words to know where they go on; %1 is the procedure&apos;s title and the section&apos;s heading, or one of them where the line is short, or that heading.</extracomment>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>%1: the PDF could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was cut short (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not written: stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Some letters print as empty boxes: no font on this computer draws %1. Install a font that does (on Debian, fonts-noto-core or fonts-noto-cjk), or ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Careleaf::PendingLog</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a list of education log rows: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2 is not an education log row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; kept as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another Careleaf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Careleaf::PostgresBackend</name>
    <message>
        <source>the search index cannot be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procedure %1: it is missing from the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clinic server refused: this connection&apos;s role is read-only (it can search, read, print and add to the education log, not change procedures). Nothing was saved; import with the clinic&apos;s editor role. The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server asks for a password and none was found. Careleaf never stores passwords: add a line for this server to ~/.pgpass (or the file PGPASSFILE names), as for psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the user name or password (%1). Check the user in Preferences &gt; Library and the password in ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database does not exist on the server (%1). Ask IT to create it and run careleaf-cli admin init-server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service name is not in pg_service.conf (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not answer (%1). Check the host and port, and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clinic server&apos;s disk is full (%1); nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another workstation was writing at the same moment (%1); nothing was saved, try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statement was cancelled (%1); nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clinic server reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server could not say whether this connection may import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are connected as %1, a read-only workstation role: it can search, read and print procedures and add to the education log, but not import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the clinic server was lost (%1); nothing was saved. Try again when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clinic server did not answer; try again when it is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server answers on this computer&apos;s socket (%1). Check that the server is running, or give its host name in the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the connection (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Careleaf::PreferencesDialog</name>
    <message>
        <source>Heading Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n procedure(s); this user may import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n procedure(s); read-only (search, read, print).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careleaf green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greyed settings are set by your administrator for everyone on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image Careleaf can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic server needs a host and a database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (handout words only; the rest in English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading colour: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Careleaf::Procedure</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>%1 (code not given)</source>
        <translation>%1（未提供代码）</translation>
    </message>
</context>
<context>
    <name>Careleaf::ProcedureHtml</name>
    <message>
        <source>Sample translation, not yet reviewed by a clinician</source>
        <translation>示例翻译，尚未经医护人员审核</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>其他名称：%1</translation>
    </message>
    <message>
        <source>Official descriptor: %1</source>
        <translation>官方描述：%1</translation>
    </message>
    <message>
        <source>None listed in the source document.</source>
        <translation>原始文件未提及此内容。</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Between two names of a procedure in &quot;Also known as: %1&quot; (Arabic &quot;؛ &quot;, Chinese &quot;；&quot;).</extracomment>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>Careleaf::SectionKeys</name>
    <message>
        <source>Summary</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>为什么要做</translation>
    </message>
    <message>
        <source>Indications</source>
        <translation>什么时候需要做</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>如何准备</translation>
    </message>
    <message>
        <source>Procedure description</source>
        <translation>怎么做</translation>
    </message>
    <message>
        <source>Tools and equipment</source>
        <translation>工具和设备</translation>
    </message>
    <message>
        <source>Anesthesia</source>
        <translation>麻醉</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>需要多长时间</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>在哪里做</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>参与的医护人员</translation>
    </message>
    <message>
        <source>Risks and complications</source>
        <translation>风险和并发症</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>好处</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>其他选择</translation>
    </message>
    <message>
        <source>Patient experience</source>
        <translation>您会有什么感觉</translation>
    </message>
    <message>
        <source>Health-plan policies</source>
        <translation>医疗保险规定</translation>
    </message>
    <message>
        <source>Similar codes</source>
        <translation>类似代码</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他信息</translation>
    </message>
    <message>
        <source>Overview</source>
        <comment>tab</comment>
        <translation>概况</translation>
    </message>
    <message>
        <source>Purpose</source>
        <comment>tab</comment>
        <translation>为什么要做</translation>
    </message>
    <message>
        <source>Preparation</source>
        <comment>tab</comment>
        <translation>如何准备</translation>
    </message>
    <message>
        <source>Procedure</source>
        <comment>tab</comment>
        <translation>过程</translation>
    </message>
    <message>
        <source>Risks</source>
        <comment>tab</comment>
        <translation>风险</translation>
    </message>
    <message>
        <source>Recovery</source>
        <comment>tab</comment>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <comment>tab</comment>
        <translation>其他选择</translation>
    </message>
    <message>
        <source>Codes</source>
        <comment>tab</comment>
        <translation>代码</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>tab</comment>
        <translation>其他信息</translation>
    </message>
</context>
<context>
    <name>Careleaf::ServerAdmin</name>
    <message>
        <source>%1 is a file: roles exist only on a clinic server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role name “%1” must be lower-case letters, digits and &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the editor and workstation roles must differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the owner of the database (%1) or a superuser may set up the clinic library, and this connection is %2: run init-server as the owner, for example sudo -u postgres careleaf-cli admin init-server postgresql:///DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the roles cannot be set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>library format %1 is ready in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role %1: created (it can log in; set its password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role %1: already there; its rights were set again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may import and publish (careleaf-cli import, copy), search, read, print and add to the education log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may search, read and print, and add to the education log; the server refuses any change to procedures, and any change or removal of log rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a superuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the owner of the database, or a member of its owner&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a role that bypasses row security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 role %2 is %3: it would keep rights the %1 must not have; choose a role of its own, for example careleaf_%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a role that may create roles (and so grant itself others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a member of pg_write_all_data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workstation role %1 is a member of the editor role %2: it would import as the editor does; choose a role of its own, for example careleaf_workstation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Careleaf::Settings</name>
    <message>
        <source>Set by your administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be file or server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port is a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a host name is a name or an address alone, without a port or a scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group is written [name]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careleaf has no group [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this line is neither a setting (name=value) nor a [group]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careleaf never reads a password from its settings: it belongs in each user&apos;s ~/.pgpass or a PostgreSQL service file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Locked] names “%1”, which is no setting or group of Careleaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careleaf has no setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is “%2”: it must be A4 or Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quotation mark is not closed: the rest of the file would be read as this line&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group&apos;s name holds a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Until it is corrected, no library is opened: ask IT to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preset “%1” names no section: there is no such preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preset “%1” names “%2”, which is no section (sections are: %3): the preset prints without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is “%2”, a language Careleaf has no translation into (it has: %3): it speaks English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this line is not UTF-8 text (save the file as UTF-8): %1 is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings to lock are written apart by commas: those after the ‘;’ are locked too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct it in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask IT to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the setting %1 is “%2” in %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the setting %1 in %2 holds more than a name (a password?): a name alone goes there, and no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preset “%1” names no section Careleaf has (%2; sections are: %3): there is no such preset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Careleaf::SqliteBackend</name>
    <message>
        <source>SQLite integrity check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search index does not match the procedures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library file could not grow: the disk is full or a file-size limit was reached (%1). Nothing from this file was saved; free some space and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library is read-only (%1); nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library is damaged (%1); nothing was saved. Run careleaf-cli check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program kept the library busy for too long (%1); nothing was saved, try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library refused the write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library refused the write without saying why; nothing was saved, try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careleaf cannot call the SQLite library of Qt&apos;s SQLite driver</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Patient Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the checked sections as a preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this patient (not saved anywhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Large print (16 pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Words to know (meanings of medical words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to know</source>
        <translation type="unfinished">词语解释</translation>
    </message>
    <message>
        <source>&amp;My questions (lines to write on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My questions</source>
        <translation type="unfinished">我的问题</translation>
    </message>
    <message>
        <source>Staff cop&amp;y: codes and official descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff copy</source>
        <translation type="unfinished">工作人员版</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient&apos;s lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The languages the chosen procedures are written in: the handout prints that version, and its own words in that language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bilingual: each section beside its English version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilingual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: print the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote for the patient (printed at the top, as “Your instructions”):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ren&amp;ame…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sect&amp;ions to print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Careleaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by code, name or words (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code system filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only procedures of one code system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only procedures done in this setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only procedures that take at most this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import procedure documents into the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every document in a folder and its subfolders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a patient handout of the selected procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Procedure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Education Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next matched word in the open tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous matched word in the open tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Careleaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only procedures that have a version in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Divider &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the divider between the list and the reading pane to the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Divider &amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the divider between the list and the reading pane to the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic letterhead (printed on every handout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose logo image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headin&amp;g colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour of headings on handouts, darkened where needed to print legibly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careleaf&apos;s &amp;own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Careleaf&apos;s own heading colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This computer (the library file on this workstation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clinic server (PostgreSQL, shared by every workstation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.clinic.local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>careleaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>careleaf_workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careleaf never stores a password: it reads it from ~/.pgpass (or the file PGPASSFILE names), as psql does. Your IT admin sets this up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;est Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careleaf spea&amp;ks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect the next time Careleaf starts. Handouts print in each patient&apos;s language, chosen when you compose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careleaf speaks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the library at LOCATION: a SQLite file (a new file starts empty) or the clinic server (postgresql://USER@HOST[:PORT]/DBNAME or service=NAME; the password comes from ~/.pgpass). Default: $CARELEAF_DB, then Preferences &gt; Library, otherwise %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient-education procedures for clinic staff: search, read, print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no desktop to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set): start Careleaf in a desktop session, or use careleaf-cli here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
