<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Careleaf</name>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Careleaf::Cli</name>
    <message>
        <source>option --db needs a value</source>
        <translation>la opción --db necesita un valor</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>opción desconocida %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no se indicó ningún comando</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>la opción --%1 necesita un valor</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>opción desconocida --%1</translation>
    </message>
    <message>
        <source>no procedure matches &quot;%1&quot;</source>
        <translation>ningún procedimiento coincide con &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous; use one of: %2</source>
        <translation>&quot;%1&quot; es ambiguo; use uno de estos: %2</translation>
    </message>
    <message>
        <source>%1 is not in the library in “%2” (it is in: %3)</source>
        <translation>%1 no está en la biblioteca en “%2” (está en: %3)</translation>
    </message>
    <message>
        <source>--language: “%1” is not a language Careleaf knows (known: %2)</source>
        <translation>--language: “%1” no es un idioma que Careleaf conozca (conocidos: %2)</translation>
    </message>
    <message>
        <source>Ways out:</source>
        <translation>Qué puede hacer:</translation>
    </message>
    <message>
        <source>open a library file: careleaf-cli --db FILE.sqlite ...</source>
        <translation>abrir un archivo de biblioteca: careleaf-cli --db FILE.sqlite ...</translation>
    </message>
    <message>
        <source>check the address, the user and ~/.pgpass, and that the server is running</source>
        <translation>revisar la dirección, el usuario y ~/.pgpass, y que el servidor esté en funcionamiento</translation>
    </message>
    <message>
        <source>work on this computer&apos;s library meanwhile: careleaf-cli --db FILE.sqlite ...</source>
        <translation>mientras tanto, trabajar con la biblioteca de esta computadora: careleaf-cli --db FILE.sqlite ...</translation>
    </message>
    <message>
        <source>open another library: careleaf-cli --db OTHER.sqlite ...</source>
        <translation>abrir otra biblioteca: careleaf-cli --db OTHER.sqlite ...</translation>
    </message>
    <message>
        <source>restore the backup taken before the last upgrade (%1, %2): careleaf-cli %3recover --backup</source>
        <translation>restaurar la copia de seguridad hecha antes de la última actualización (%1, %2): careleaf-cli %3recover --backup</translation>
    </message>
    <message>
        <source>start a fresh library, keeping this file aside: careleaf-cli %1recover --fresh</source>
        <translation>empezar una biblioteca nueva y dejar este archivo aparte: careleaf-cli %1recover --fresh</translation>
    </message>
    <message>
        <source>ok: %1 procedures, library format %2</source>
        <translation>ok: %1 procedimientos, formato de biblioteca %2</translation>
    </message>
    <message>
        <source>Try &apos;careleaf-cli --help&apos;.</source>
        <translation>Pruebe &apos;careleaf-cli --help&apos;.</translation>
    </message>
    <message>
        <source>admin takes: init-server ADDRESS [--editor NAME] [--workstation NAME]</source>
        <translation>admin acepta: init-server ADDRESS [--editor NAME] [--workstation NAME]</translation>
    </message>
    <message>
        <source>init-server needs a server address, such as postgresql://postgres@db.clinic/careleaf</source>
        <translation>init-server necesita la dirección de un servidor, por ejemplo postgresql://postgres@db.clinic/careleaf</translation>
    </message>
    <message>
        <source>%1 needs setting up or upgrading, which only the owner of the database or a superuser may do: run init-server as the owner, for example sudo -u postgres careleaf-cli admin init-server postgresql:///DATABASE</source>
        <translation>%1 necesita configurarse o actualizarse, y eso solo lo puede hacer el propietario de la base de datos o un superusuario: ejecute init-server como propietario, por ejemplo sudo -u postgres careleaf-cli admin init-server postgresql:///DATABASE</translation>
    </message>
    <message>
        <source>check takes no arguments</source>
        <translation>check no acepta argumentos</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>se encontró %n problema</numerusform>
            <numerusform>se encontraron %n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>copy needs --from LIBRARY and --to LIBRARY</source>
        <translation>copy necesita --from LIBRARY y --to LIBRARY</translation>
    </message>
    <message>
        <source>copy needs two different libraries</source>
        <translation>copy necesita dos bibliotecas distintas</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>handout needs --out FILE.pdf</source>
        <translation>handout necesita --out FILE.pdf</translation>
    </message>
    <message>
        <source>handout needs at least one KEY</source>
        <translation>handout necesita al menos una clave (KEY)</translation>
    </message>
    <message>
        <source>choose one of --sections and --preset</source>
        <translation>use --sections o --preset, pero no ambas opciones</translation>
    </message>
    <message>
        <source>unknown preset &quot;%1&quot;; choose one of %2</source>
        <translation>plantilla desconocida &quot;%1&quot;; elija una de estas: %2</translation>
    </message>
    <message>
        <source>unknown section &quot;%1&quot;; sections are: %2</source>
        <translation>sección desconocida &quot;%1&quot;; las secciones son: %2</translation>
    </message>
    <message>
        <source>--sections needs at least one section</source>
        <translation>--sections necesita al menos una sección</translation>
    </message>
    <message>
        <source>Patient handouts</source>
        <translation>Hojas informativas para pacientes</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>se escribió %1</translation>
    </message>
    <message>
        <source>import needs at least one file or folder</source>
        <translation>import necesita al menos un archivo o una carpeta</translation>
    </message>
    <message>
        <source>stopped by %1: the documents counted above are in the library; import again to finish</source>
        <translation>se detuvo por %1: los documentos contados arriba ya están en la biblioteca; vuelva a importar para terminar</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list no acepta argumentos</translation>
    </message>
    <message>
        <source>log takes no arguments</source>
        <translation>log no acepta argumentos</translation>
    </message>
    <message>
        <source>recover takes --backup [FILE] or --fresh</source>
        <translation>recover acepta --backup [FILE] o --fresh</translation>
    </message>
    <message>
        <source>recover works on a library file on this computer; %1 is on the clinic server, which IT backs up and restores</source>
        <translation>recover funciona con un archivo de biblioteca de esta computadora; %1 está en el servidor de la clínica, y de sus copias de seguridad y restauraciones se encarga el equipo de TI</translation>
    </message>
    <message>
        <source>%1 has no automatic backup</source>
        <translation>%1 no tiene copia de seguridad automática</translation>
    </message>
    <message>
        <source>restored %1 from %2</source>
        <translation>se restauró %1 a partir de %2</translation>
    </message>
    <message>
        <source>the previous file is kept as %1</source>
        <translation>el archivo anterior se conserva como %1</translation>
    </message>
    <message>
        <source>search needs a query</source>
        <translation>search necesita un texto para buscar</translation>
    </message>
    <message>
        <source>search failed: %1</source>
        <translation>la búsqueda falló: %1</translation>
    </message>
    <message>
        <source>No procedure has all the words; showing the closest, for %1</source>
        <translation>Ningún procedimiento tiene todas las palabras; se muestran los resultados más parecidos a %1</translation>
    </message>
    <message>
        <source>Showing results for %1</source>
        <translation>Se muestran resultados para %1</translation>
    </message>
    <message>
        <source>show needs exactly one KEY</source>
        <translation>show necesita exactamente una clave (KEY)</translation>
    </message>
    <message>
        <source>choose one of --json and --text</source>
        <translation>use --json o --text, pero no ambas opciones</translation>
    </message>
    <message>
        <source>--bilingual needs --language with the patient&apos;s language (not English)</source>
        <translation>--bilingual necesita --language con el idioma del paciente (no el inglés)</translation>
    </message>
    <message>
        <source>handouts are written by %1</source>
        <translation>los folletos los escribe %1</translation>
    </message>
    <message>
        <source>cannot start %1 to write the handout: %2</source>
        <translation>no se puede iniciar %1 para escribir el folleto: %2</translation>
    </message>
    <message>
        <source>stopped by %1 while the search index was being tidied: every document is in the library, and search may be slower until the next large import</source>
        <translation>se detuvo por %1 mientras se ordenaba el índice de búsqueda: todos los documentos están en la biblioteca, y la búsqueda puede ser más lenta hasta la próxima importación grande</translation>
    </message>
    <message>
        <source>option --db needs a library file or a server&apos;s address (a file whose name starts with &apos;-&apos; is written ./%1)</source>
        <translation>la opción --db necesita un archivo de biblioteca o la dirección de un servidor (un archivo cuyo nombre empieza por &apos;-&apos; se escribe ./%1)</translation>
    </message>
    <message>
        <source>language table %1</source>
        <translation>tabla de idioma %1</translation>
    </message>
    <message>
        <source>careleaf-cli --help describes every command, LOCATION and the exit status.</source>
        <translation>careleaf-cli --help describe cada comando, LOCATION y el estado de salida.</translation>
    </message>
    <message>
        <source>Usage: careleaf-cli [--db LOCATION] %1</source>
        <translation>Uso: careleaf-cli [--db LOCATION] %1</translation>
    </message>
    <message>
        <source>option --db needs a library file or a server&apos;s address</source>
        <translation>la opción --db necesita un archivo de biblioteca o la dirección de un servidor</translation>
    </message>
    <message>
        <source>%1 opens and passes check: there is nothing to recover, and it was left as it is. To start an empty library, give another file with --db.</source>
        <translation>%1 se abre y pasa check: no hay nada que recuperar, y se dejó como estaba. Para empezar una biblioteca vacía, indique otro archivo con --db.</translation>
    </message>
    <message>
        <source>%1 (%2) has none of the sections chosen (%3); it has: %4. Nothing was written.</source>
        <translation>%1 (%2) no tiene ninguna de las secciones elegidas (%3); tiene: %4. No se escribió nada.</translation>
    </message>
    <message>
        <source>no sections</source>
        <translation>ninguna sección</translation>
    </message>
    <message>
        <source>--db goes before the command: careleaf-cli --db LOCATION COMMAND ...</source>
        <translation>--db va antes del comando: careleaf-cli --db LOCATION COMMAND ...</translation>
    </message>
    <message>
        <source>%1 is %2 again, given as %3: it is printed once</source>
        <translation>%1 es otra vez %2, ya indicado como %3: se imprime una sola vez</translation>
    </message>
    <message>
        <source>--out %1: a handout&apos;s file name must be UTF-8</source>
        <translation>--out %1: el nombre del archivo de una hoja informativa debe estar en UTF-8</translation>
    </message>
    <message>
        <source>%1: %2 is “%3”, which is no preset: the handout will be the patient&apos;s</source>
        <translation>%1: %2 es «%3», que no es ninguna plantilla: la hoja informativa será la del paciente (patient)</translation>
    </message>
    <message>
        <source>--since needs a date as YYYY-MM-DD, not “%1”</source>
        <translation>--since necesita una fecha como AAAA-MM-DD, no «%1»</translation>
    </message>
    <message>
        <source>--limit needs a number from 1 to %1, not “%2”</source>
        <translation>--limit necesita un número de 1 a %1, no «%2»</translation>
    </message>
    <message>
        <source>%1 (%2) has no English version: it is printed in %3 alone</source>
        <translation>%1 (%2) no tiene versión en inglés: se imprime solo en %3</translation>
    </message>
    <message>
        <source>stopped by %1: %2 was not written</source>
        <translation>se detuvo por %1: no se escribió %2</translation>
    </message>
    <message>
        <source>%1 opens and passes check: there is nothing to recover, and it was left as it is. To read a backup, give it with --db.</source>
        <translation>%1 se abre y pasa check: no hay nada que recuperar, y se dejó como estaba. Para leer una copia de seguridad, indíquela con --db.</translation>
    </message>
    <message>
        <source>the output could not be written (is the disk full, or the file too large?)</source>
        <translation>no se pudo escribir la salida (¿está lleno el disco, o el archivo es demasiado grande?)</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 no es texto UTF-8</translation>
    </message>
    <message>
        <source>%1 holds a control character (U+%2), which would be printed otherwise than typed</source>
        <translation>%1 contiene un carácter de control (U+%2), que se imprimiría distinto de como se escribió</translation>
    </message>
    <message>
        <source>the query</source>
        <translation>la consulta</translation>
    </message>
    <message>
        <source>unknown argument “%1”: a library is given with --db</source>
        <translation>argumento desconocido «%1»: una biblioteca se indica con --db</translation>
    </message>
    <message>
        <source>%1 is damaged: its pages cannot all be read (careleaf-cli check lists what is wrong). Careleaf has not changed it.</source>
        <translation>%1 está dañada: no se pueden leer todas sus páginas (careleaf-cli check enumera lo que falla). Careleaf no la ha cambiado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be looked up: the library cannot be read (%2)</source>
        <translation>no se puede buscar &quot;%1&quot;: la biblioteca no se puede leer (%2)</translation>
    </message>
    <message>
        <source>procedure %1 cannot be read from the library: %2</source>
        <translation>el procedimiento %1 no se puede leer de la biblioteca: %2</translation>
    </message>
    <message>
        <source>no room for “My questions” on the last page: left out, as fewer than three lines would fit</source>
        <translation>no hay espacio para «Mis preguntas» en la última página: se omite, porque caben menos de tres líneas</translation>
    </message>
    <message>
        <source>%1 (%2) has no English version: it is printed in %3</source>
        <translation>%1 (%2) no tiene versión en inglés: se imprime en %3</translation>
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
        <translation>Uso: careleaf-cli [--db LOCATION] COMMAND [ARGS]

Consola de Careleaf: importar documentos, buscar y leer en la biblioteca, crear hojas informativas.

LOCATION es un archivo de biblioteca SQLite o el servidor PostgreSQL de la clínica:
  postgresql://USER@HOST[:PORT]/DBNAME, service=NAME (pg_service.conf) o host=... dbname=...
Las contraseñas se leen de ~/.pgpass o PGPASSFILE, como en psql; nunca ponga una en la línea de comandos.
Predeterminado: $CARELEAF_DB si está definida; si no, el servidor de la clínica elegido en las
Preferencias de la app (o por TI); si no, la biblioteca propia de la app Careleaf (%1), creada con
la biblioteca de ejemplo la primera vez que se usa. Un archivo nuevo dado con --db empieza vacío;
el nombre de un archivo debe estar en UTF-8. Una hoja informativa empieza con la plantilla que TI
haya fijado (si no, patient) y el papel que dan los ajustes de la app.

Comandos:
  import [--language CODE] PATH...
                            importa archivos o carpetas (con sus subcarpetas). Muestra
                            &quot;imported N, updated N, unchanged N, rejected N&quot; y una línea
                            &quot;&lt;path&gt;: &lt;reason&gt;&quot; por archivo rechazado en stderr (y por archivo
                            importado sin ningún título de sección reconocido, o con un sistema
                            de códigos que Careleaf no conoce). El idioma de cada documento se
                            reconoce por sus títulos (el de una traducción que conservó los
                            títulos en inglés, por la escritura de su texto), o es CODE.
  list [--json]             cada procedimiento: id, sistema de códigos, código, título (JSON: +idiomas)
  search [--json] [--limit N] [--language CODE] QUERY...
                            primero los mejores resultados (límite predeterminado: 20); solo los de CODE
  show [--json|--text] [--language CODE] KEY
                            un procedimiento; KEY es un id, un código (96417) o SYSTEM:CODE (CPT:96417);
                            su versión en CODE (predeterminado: inglés; si no, la primera importada)
  handout [--sections K,K..] [--preset NAME] [--patient NAME] [--note TEXT] [--large-print]
          [--language CODE [--bilingual]] --out FILE.pdf KEY...
                            crea una hoja informativa en PDF; varias KEY forman un paquete. Plantillas:
                            patient (predeterminada, salvo que TI haya fijado otra), before, expect,
                            after, full (copia del personal: todo, con códigos), y las que fijó TI o
                            guardó el usuario, por su nombre. La nota se imprime en un recuadro
                            arriba; el nombre y la nota nunca se guardan. Queda anotado en el registro.
                            --language imprime la versión de cada procedimiento en CODE, y las
                            palabras propias de la hoja en CODE; --bilingual imprime cada sección
                            junto a su versión en inglés (la que no tiene, sola, y una sección
                            sin nada a su lado en el otro idioma, dicho en stderr).
                            «Mis preguntas» ocupa el espacio que queda en la última
                            página, y se omite, dicho en stderr, donde caben menos de tres líneas.
                            Un FILE que no termine en .pdf recibe .pdf al final; su nombre debe
                            estar en UTF-8. Se escribe entero o no se escribe: un PDF que reemplace
                            queda como estaba ante cualquier fallo.
  log [--since DATE] [--csv]
                            el registro de educación dada (hojas informativas impresas o exportadas)
  check                     verifica la integridad de la biblioteca
  recover --backup [FILE] | --fresh
                            para una biblioteca dañada: aparta el archivo (nunca se sobrescribe)
                            y restaura la copia de seguridad automática más reciente (hecha antes
                            de cada actualización de formato) o FILE, o empieza una biblioteca nueva
  copy --from LIBRARY --to LIBRARY
                            publica todos los procedimientos de una biblioteca en otra (de un archivo
                            al servidor de la clínica, o al revés) en una sola transacción: todo o nada
  admin init-server ADDRESS [--editor NAME] [--workstation NAME]
                            configura el servidor de la clínica (como propietario de la base de datos):
                            la biblioteca, un rol de editor que importa (careleaf_editor) y un rol de
                            estación de trabajo de solo lectura que busca, imprime y agrega entradas al
                            registro de educación (careleaf_workstation)

Opciones:
  --db LOCATION             la biblioteca que se usará
  -h, --help                muestra esta ayuda (después de un COMMAND, la de ese comando)
  -v, --version             muestra la versión

Estado de salida: 0 éxito; 1 archivos rechazados, una KEY no encontrada, una KEY sin ninguna de las
secciones elegidas, o problemas hallados por check; 2 error de uso, no se puede abrir, leer
o escribir la biblioteca, recover con una biblioteca que se abre y pasa check, o no se pudo escribir
la salida; 130 o 143 cuando Ctrl+C o SIGTERM detiene una importación (después de su resumen) o una
hoja informativa (cuyo PDF entonces no se escribe).
</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>Careleaf::DetailPane</name>
    <message>
        <source>Procedure sections</source>
        <translation>Secciones del procedimiento</translation>
    </message>
    <message>
        <source>Type a code or a few words in the search field, then pick a procedure from the list.</source>
        <translation>Escriba un código o algunas palabras en el campo de búsqueda y luego elija un procedimiento de la lista.</translation>
    </message>
    <message>
        <source>The source document has no such section.</source>
        <translation>El documento original no tiene esta sección.</translation>
    </message>
    <message>
        <source>Language of the procedure shown</source>
        <translation>Idioma del procedimiento que se muestra</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The meaning of the medical word at the cursor</source>
        <translation>El significado de la palabra médica en el cursor</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No procedure is chosen.</source>
        <translation>No hay ningún procedimiento seleccionado.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 no se puede abrir: %2</translation>
    </message>
</context>
<context>
    <name>Careleaf::DocumentParser</name>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file looks like UTF-16 text without a byte-order mark; save it as UTF-8 (or UTF-16 with a byte-order mark) and import it again</source>
        <translation>el archivo parece texto UTF-16 sin marca de orden de bytes (BOM); guárdelo como UTF-8 (o como UTF-16 con marca de orden de bytes) y vuelva a importarlo</translation>
    </message>
    <message>
        <source>the file is binary, not a text document (NUL byte at offset %1)</source>
        <translation>el archivo es binario, no un documento de texto (byte NUL en la posición %1)</translation>
    </message>
    <message>
        <source>line %1: the text is not valid UTF-8; save the file as UTF-8 and import it again</source>
        <translation>línea %1: el texto no es UTF-8 válido; guarde el archivo como UTF-8 y vuelva a importarlo</translation>
    </message>
    <message>
        <source>the text does not decode with the encoding its byte-order mark announces</source>
        <translation>el texto no se puede decodificar con la codificación que indica su marca de orden de bytes</translation>
    </message>
    <message>
        <source>line %1: the text is not valid UTF-16 (an unpaired surrogate); save the file as UTF-8 and import it again</source>
        <translation>línea %1: el texto no es UTF-16 válido (hay un carácter suplente sin pareja); guarde el archivo como UTF-8 y vuelva a importarlo</translation>
    </message>
    <message>
        <source>line %1: control character U+%2 found; this is not a plain-text procedure document</source>
        <translation>línea %1: se encontró el carácter de control U+%2; este no es un documento de procedimiento en texto simple</translation>
    </message>
    <message>
        <source>“%1” is not a language Careleaf knows (known: %2)</source>
        <translation>“%1” no es un idioma que Careleaf conozca (conocidos: %2)</translation>
    </message>
    <message>
        <source>the file is %1 bytes, over the %2 MiB limit for a procedure document</source>
        <translation>el archivo tiene %1 bytes y supera el límite de %2 MiB para un documento de procedimiento</translation>
    </message>
    <message>
        <source>the file holds only blank lines</source>
        <translation>el archivo solo contiene líneas en blanco</translation>
    </message>
    <message>
        <source>no procedure content after the page header</source>
        <translation>no hay contenido de procedimiento después del encabezado de página</translation>
    </message>
    <message>
        <source>line %1: expected the official code descriptor, found &quot;%2&quot;</source>
        <translation>línea %1: se esperaba la descripción oficial del código y se encontró &quot;%2&quot;</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a procedure code</source>
        <translation>línea %1: &quot;%2&quot; no es un código de procedimiento</translation>
    </message>
    <message>
        <source>no code-system line and no known section heading (Summary, Purpose, Preparation, ...): this is not a procedure document</source>
        <translation>no hay una línea de sistema de códigos ni ningún título de sección conocido (Summary, Purpose, Preparation, ...): este no es un documento de procedimiento</translation>
    </message>
    <message>
        <source>line %1 is a code line, but neither the lines above it (&quot;%2&quot;) nor any heading is what a procedure document holds in a language Careleaf knows (%3): is the document in another language? A clinic adds one as a table in %4</source>
        <translation>la línea %1 es una línea de código, pero ni las líneas anteriores (&quot;%2&quot;) ni ningún título son lo que contiene un documento de procedimiento en un idioma que Careleaf conoce (%3): ¿está el documento en otro idioma? Una clínica añade uno como tabla en %4</translation>
    </message>
    <message>
        <source>line %1: U+%2 is not a character (a noncharacter); this is not a plain-text procedure document</source>
        <translation>línea %1: U+%2 no es un carácter (es un no-carácter); este no es un documento de procedimiento en texto simple</translation>
    </message>
    <message>
        <source>its headings are in %1 (%2), not in %3 (%4) as --language says: import it without --language, or with --language %2</source>
        <translation>sus encabezados están en %1 (%2), no en %3 (%4) como dice --language: impórtelo sin --language, o con --language %2</translation>
    </message>
    <message>
        <source>line %1: control character U+%2 found, where a Windows-1252 quote or dash may have been converted as Latin-1; save the file from the original as UTF-8 and import it again</source>
        <translation>línea %1: se encontró el carácter de control U+%2, donde quizá había una comilla o un guion de Windows-1252 convertido como Latin-1; guarde el archivo original como UTF-8 e impórtelo de nuevo</translation>
    </message>
    <message>
        <source>line %1 gives more than one code (&quot;%2&quot;): a document describes one procedure, under one code; give each code a document of its own</source>
        <translation>la línea %1 da más de un código (&quot;%2&quot;): un documento describe un procedimiento, con un código; dé a cada código un documento propio</translation>
    </message>
    <message>
        <source>line %1 (&quot;%2&quot;) reads like a code line, but names no code system Careleaf knows (%3): imported without a code, known by its descriptor; the line is kept word for word</source>
        <translation>la línea %1 (&quot;%2&quot;) parece una línea de código, pero no nombra ningún sistema de códigos que Careleaf conozca (%3): se importó sin código, identificado por su descriptor; la línea se conserva palabra por palabra</translation>
    </message>
    <message>
        <source>its text is written in the script of %1 (%2), not of %3 (%4) as --language says: import it without --language, or with --language %2</source>
        <translation>su texto está escrito en la escritura de %1 (%2), no en la de %3 (%4) como dice --language: impórtelo sin --language, o con --language %2</translation>
    </message>
</context>
<context>
    <name>Careleaf::EducationLogDialog</name>
    <message>
        <source>Education Log</source>
        <translation>Registro de educación</translation>
    </message>
    <message>
        <source>Show entries since</source>
        <translation>Mostrar entradas desde</translation>
    </message>
    <message>
        <source>Education log entries</source>
        <translation>Entradas del registro de educación</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Estación de trabajo</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedimientos</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copias</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export Education Log</source>
        <translation>Exportar registro de educación</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>No se exportó nada: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 no se puede escribir: %2</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>Nothing was printed or exported since %1.</source>
        <translation>No se imprimió ni exportó nada desde el %1.</translation>
    </message>
    <message>
        <source>Choose an earlier date in Since to see older entries.</source>
        <translation>Elija una fecha anterior en Desde para ver entradas más antiguas.</translation>
    </message>
</context>
<context>
    <name>Careleaf::FileNames</name>
    <message>
        <source>it is a link to nothing</source>
        <translation>es un enlace que no lleva a nada</translation>
    </message>
    <message>
        <source>its folder cannot be opened</source>
        <translation>no se puede abrir su carpeta</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>no existe ese archivo</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
</context>
<context>
    <name>Careleaf::Handout</name>
    <message>
        <source>Prepared for</source>
        <translation>Preparado para</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>Patient handout</source>
        <translation>Información para el paciente</translation>
    </message>
    <message>
        <source>Before the procedure</source>
        <translation>Antes del procedimiento</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>Qué puede esperar</translation>
    </message>
    <message>
        <source>After the procedure</source>
        <translation>Después del procedimiento</translation>
    </message>
    <message>
        <source>Staff copy (everything)</source>
        <translation>Copia para el personal (todo)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>During</source>
        <translation>Durante</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Staff copy</source>
        <translation>Copia para el personal</translation>
    </message>
    <message>
        <source>Questions? Call %1</source>
        <translation>¿Preguntas? Llame al %1</translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>Mis preguntas</translation>
    </message>
    <message>
        <source>In this packet</source>
        <translation>En este paquete</translation>
    </message>
    <message>
        <source>Your instructions</source>
        <translation>Sus instrucciones</translation>
    </message>
    <message>
        <source>Words to know</source>
        <translation>Palabras que debe conocer</translation>
    </message>
    <message>
        <source>page %1</source>
        <extracomment>After a procedure&apos;s name in the list of a packet&apos;s procedures: the page its text starts on.</extracomment>
        <translation>página %1</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 en %2: %3</translation>
    </message>
    <message>
        <source>“%1” is no colour (write #1f6b4a, or a name such as darkgreen): headings print in Careleaf green</source>
        <translation>“%1” no es un color (escriba #1f6b4a, o un nombre como darkgreen): los títulos se imprimen en el verde de Careleaf</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image (%2): the handout has no logo</source>
        <translation>%1 no se puede leer como imagen (%2): la hoja informativa no lleva logotipo</translation>
    </message>
    <message>
        <source>%1 characters, more than a letterhead holds (at most %2): left off the handout</source>
        <translation>%1 caracteres, más de lo que cabe en un membrete (%2 como máximo): se deja fuera de la hoja informativa</translation>
    </message>
    <message>
        <source>the text without a heading</source>
        <translation>el texto sin título</translation>
    </message>
    <message>
        <source>No %1 version of %2: the patient&apos;s column beside it is empty.</source>
        <translation>No hay versión en %1 de %2: la columna del paciente, a su lado, está vacía.</translation>
    </message>
    <message>
        <source>No %1 version of %2: the patient&apos;s column beside them is empty.</source>
        <translation>No hay versión en %1 de %2: la columna del paciente, a su lado, está vacía.</translation>
    </message>
    <message>
        <source>No English version of %1: the English column beside it is empty.</source>
        <translation>No hay versión en inglés de %1: la columna en inglés, a su lado, está vacía.</translation>
    </message>
    <message>
        <source>No English version of %1: the English column beside them is empty.</source>
        <translation>No hay versión en inglés de %1: la columna en inglés, a su lado, está vacía.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a heading quoted</comment>
        <translation>«%1»</translation>
    </message>
</context>
<context>
    <name>Careleaf::HandoutDialog</name>
    <message>
        <source>Handout — %1</source>
        <translation>Hoja informativa — %1</translation>
    </message>
    <message numerus="yes">
        <source>Packet of %n Handout(s)</source>
        <translation>
            <numerusform>Paquete de %n hoja informativa</numerusform>
            <numerusform>Paquete de %n hojas informativas</numerusform>
        </translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Pages of the handout</source>
        <translation>Páginas de la hoja informativa</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <source>Print Handout</source>
        <translation>Imprimir hoja informativa</translation>
    </message>
    <message>
        <source>Printing Failed</source>
        <translation>Error al imprimir</translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation>Hojas informativas</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Reading level grade %1</source>
        <translation>Nivel de lectura: grado %1</translation>
    </message>
    <message>
        <source>For staff: left out of the patient presets</source>
        <translation>Para el personal: no se incluye en las plantillas para pacientes</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizada</translation>
    </message>
    <message>
        <source>Save Preset</source>
        <translation>Guardar plantilla</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Nombre de la plantilla:</translation>
    </message>
    <message>
        <source>Rename Preset</source>
        <translation>Nuevo nombre de la plantilla</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>No text chosen</source>
        <translation>No se eligió ningún texto</translation>
    </message>
    <message>
        <source>Reading level: &lt;b&gt;grade %1&lt;/b&gt;</source>
        <translation>Nivel de lectura: &lt;b&gt;grado %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Flesch–Kincaid grade of the chosen sections (each section&apos;s own grade is beside it). Most patients read best at grade 6 to 8; the three hardest sentences are marked in the preview, and Words to know explains the medical words.</source>
        <translation>Grado Flesch–Kincaid de las secciones elegidas (el grado de cada sección aparece a su lado). La mayoría de los pacientes lee mejor textos de grado 6 a 8; las tres oraciones más difíciles se marcan en la vista previa, y “Palabras que debe conocer” explica las palabras médicas.</translation>
    </message>
    <message>
        <source>Education Log</source>
        <translation>Registro de educación</translation>
    </message>
    <message>
        <source>Patient handouts</source>
        <translation>Hojas informativas para pacientes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — Careleaf&apos;s own words in English</source>
        <translation>%1 — las palabras propias de Careleaf en inglés</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>grado %1</translation>
    </message>
    <message>
        <source>ease %1</source>
        <translation>facilidad %1</translation>
    </message>
    <message>
        <source>Reading ease %1 (Fernández-Huerta)</source>
        <translation>Facilidad de lectura %1 (Fernández-Huerta)</translation>
    </message>
    <message>
        <source>Reading level: &lt;b&gt;no formula for %1&lt;/b&gt;</source>
        <translation>Nivel de lectura: &lt;b&gt;no hay fórmula para %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Careleaf measures reading level with formulas made for English (Flesch–Kincaid grade) and Spanish (Fernández-Huerta reading ease); an English grade of text in %1 would mislead, so none is shown. Read it with the patient, or ask a reviewer who reads %1.</source>
        <translation>Careleaf mide el nivel de lectura con fórmulas hechas para el inglés (grado Flesch–Kincaid) y el español (facilidad de lectura de Fernández-Huerta); un grado inglés de un texto en %1 sería engañoso, así que no se muestra ninguno. Léalo con el paciente, o pida a un revisor que lea %1.</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>fácil</translation>
    </message>
    <message>
        <source>fairly easy</source>
        <translation>bastante fácil</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>fairly hard</source>
        <translation>algo difícil</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>difícil</translation>
    </message>
    <message>
        <source>Reading ease: &lt;b&gt;%1&lt;/b&gt; (%2, Fernández-Huerta)</source>
        <translation>Facilidad de lectura: &lt;b&gt;%1&lt;/b&gt; (%2, Fernández-Huerta)</translation>
    </message>
    <message>
        <source>Fernández-Huerta reading ease of the chosen sections, a formula made for Spanish: 0 to 100, higher is easier; patient materials aim for 70 or more. Each section&apos;s own figure is beside it; the three hardest sentences are marked in the preview.</source>
        <translation>Facilidad de lectura de Fernández-Huerta de las secciones elegidas, una fórmula hecha para el español: de 0 a 100, cuanto más alta, más fácil; los materiales para pacientes buscan 70 o más. La cifra de cada sección aparece a su lado; las tres oraciones más difíciles se marcan en la vista previa.</translation>
    </message>
    <message>
        <source>%1; no room for “My questions”</source>
        <translation>%1; sin espacio para «Mis preguntas»</translation>
    </message>
    <message>
        <source>The meanings of medical words are written in English: none are printed for a handout in another language.</source>
        <translation>Los significados de las palabras médicas están escritos en inglés: no se imprimen en una hoja informativa en otro idioma.</translation>
    </message>
    <message>
        <source>below 1</source>
        <translation>inferior a 1</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>Enviada a la impresora</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Guardada como %1</translation>
    </message>
    <message>
        <source>“%1” is a preset your administrator set: save yours under another name.</source>
        <translation>«%1» es una plantilla que estableció su administrador: guarde la suya con otro nombre.</translation>
    </message>
    <message>
        <source>“%1” is a preset your administrator set: choose another name.</source>
        <translation>«%1» es una plantilla que estableció su administrador: elija otro nombre.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Ctrl+Page Down and Ctrl+Page Up turn the pages</source>
        <translation>Ctrl+Av Pág y Ctrl+Re Pág pasan las páginas</translation>
    </message>
    <message>
        <source>This procedure has no English version to print beside it.</source>
        <translation>Este procedimiento no tiene versión en inglés para imprimir al lado.</translation>
    </message>
    <message>
        <source>None of these procedures has an English version to print beside it.</source>
        <translation>Ninguno de estos procedimientos tiene versión en inglés para imprimir al lado.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>a section box&apos;s reading level, then what more it says</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Sections under headings Careleaf does not know that do not say the part of the visit they are for. One that follows a section of the patient&apos;s care you tick prints with it, ticked here or not.</source>
        <translation>Secciones con títulos que Careleaf no conoce que no dicen a qué parte de la visita corresponden. Una que sigue a una sección de la atención del paciente que usted marca se imprime con ella, esté marcada aquí o no.</translation>
    </message>
    <message numerus="yes">
        <source>Also prints %1, whose heading says it is for this part of the visit.</source>
        <translation>
            <numerusform>También imprime %1, cuyo título dice que es para esta parte de la visita.</numerusform>
            <numerusform>También imprime %1, cuyos títulos dicen que son para esta parte de la visita.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Careleaf::Importer</name>
    <message>
        <source>no such file or folder</source>
        <translation>no existe ese archivo o carpeta</translation>
    </message>
    <message>
        <source>the file is a symbolic link that leads nowhere (or to itself)</source>
        <translation>el archivo es un enlace simbólico que no lleva a ninguna parte (o que apunta a sí mismo)</translation>
    </message>
    <message>
        <source>this is a folder, not a document</source>
        <translation>es una carpeta, no un documento</translation>
    </message>
    <message>
        <source>this is not a regular file (a pipe, socket or device)</source>
        <translation>no es un archivo normal (es una tubería, un socket o un dispositivo)</translation>
    </message>
    <message>
        <source>the folder cannot be read (%1)</source>
        <translation>no se puede leer la carpeta (%1)</translation>
    </message>
    <message>
        <source>this is a link to a folder, which is not followed: import the folder itself</source>
        <translation>es un enlace a una carpeta y no se sigue: importe la carpeta misma</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied)</source>
        <translation>no se puede leer el archivo (permiso denegado)</translation>
    </message>
    <message>
        <source>the file is %1 bytes, over the %2 MiB limit for a procedure document</source>
        <translation>el archivo tiene %1 bytes y supera el límite de %2 MiB para un documento de procedimiento</translation>
    </message>
    <message numerus="yes">
        <source>the library did not keep the last %n file(s) stored: %1</source>
        <translation>
            <numerusform>la biblioteca no conservó %n archivo, el último que se guardó: %1</numerusform>
            <numerusform>la biblioteca no conservó %n archivos, los últimos que se guardaron: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>not imported: %1 holds the same procedure (%2) and is newer</source>
        <translation>no se importó: %1 contiene el mismo procedimiento (%2) y es más reciente</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not imported: %1 holds the same procedure (%2), changed at the same moment; of the two, the file whose name sorts last is kept</source>
        <translation>no importado: %1 contiene el mismo procedimiento (%2), modificado en el mismo momento; de los dos, se conserva el archivo cuyo nombre va último en orden</translation>
    </message>
    <message>
        <source>this is the library being imported into, not a document</source>
        <translation>esta es la biblioteca a la que se importa, no un documento</translation>
    </message>
    <message>
        <source>imported, but no section heading was recognised: all its text is under Other (a heading stands alone on its line, between blank lines)</source>
        <translation>importado, pero no se reconoció ningún título de sección: todo su texto está en Otros datos (un título va solo en su línea, entre líneas en blanco)</translation>
    </message>
    <message>
        <source>imported, but no section heading was recognised: all its text stands under its name (a heading stands alone on its line, between blank lines)</source>
        <translation>importado, pero no se reconoció ningún título de sección: todo su texto está bajo su nombre (un título va solo en su línea, entre líneas en blanco)</translation>
    </message>
</context>
<context>
    <name>Careleaf::Languages</name>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>árabe</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>chino simplificado</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>coreano</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ruso</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>tagalo</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>vietnamita</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>chino tradicional</translation>
    </message>
</context>
<context>
    <name>Careleaf::LibraryAddress</name>
    <message>
        <source>“%1” has no value (expected key=value)</source>
        <translation>“%1” no tiene valor (se esperaba clave=valor)</translation>
    </message>
    <message>
        <source>“%1” is not a connection keyword</source>
        <translation>“%1” no es una palabra clave de conexión</translation>
    </message>
    <message>
        <source>the value of %1 has no closing quote</source>
        <translation>al valor de %1 le falta la comilla de cierre</translation>
    </message>
    <message>
        <source>a % in the user name or password must be written %25 in a server address</source>
        <translation>en la dirección de un servidor, un % en el nombre de usuario o en la contraseña debe escribirse %25</translation>
    </message>
    <message>
        <source>the server address opens a [ for the host that it does not close</source>
        <translation>la dirección del servidor abre un [ para el host y no lo cierra</translation>
    </message>
    <message>
        <source>the server address contains a space; write it without spaces (a space in a password is written %20)</source>
        <translation>la dirección del servidor contiene un espacio; escríbala sin espacios (un espacio en una contraseña se escribe %20)</translation>
    </message>
    <message>
        <source>the port “%1” is not a number from 1 to 65535</source>
        <translation>el puerto “%1” no es un número del 1 al 65535</translation>
    </message>
    <message>
        <source>the server address is not a valid URL; check the host, the port and any special characters (written %XX)</source>
        <translation>la dirección del servidor no es una URL válida; revise el host, el puerto y los caracteres especiales (que se escriben %XX)</translation>
    </message>
    <message>
        <source>the server address has a &apos;:&apos; but no port number</source>
        <translation>la dirección del servidor tiene &apos;:&apos; pero no tiene número de puerto</translation>
    </message>
    <message>
        <source>the database name “%1” cannot contain &apos;/&apos;</source>
        <translation>el nombre de la base de datos “%1” no puede contener &apos;/&apos;</translation>
    </message>
    <message>
        <source>the server address cannot be read: %1</source>
        <translation>no se puede leer la dirección del servidor: %1</translation>
    </message>
    <message>
        <source>this computer&apos;s server</source>
        <translation>el servidor de esta computadora</translation>
    </message>
    <message>
        <source>the clinic library (service %1)</source>
        <translation>la biblioteca de la clínica (servicio %1)</translation>
    </message>
    <message>
        <source>the clinic library %1 on %2</source>
        <translation>la biblioteca de la clínica %1 en %2</translation>
    </message>
    <message>
        <source>(default database)</source>
        <translation>(base de datos predeterminada)</translation>
    </message>
    <message>
        <source> as %1</source>
        <translation> como %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>servicio %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(predeterminado)</translation>
    </message>
    <message>
        <source>local server</source>
        <translation>servidor local</translation>
    </message>
    <message>
        <source>this looks like a clinic server&apos;s address, but is not written as one: write postgresql://user@host/database (or libpq&apos;s key=value form)</source>
        <translation>esto parece la dirección de un servidor de la clínica, pero no está escrita como tal: escriba postgresql://usuario@host/base_de_datos (o la forma clave=valor de libpq)</translation>
    </message>
    <message>
        <source>the server address cannot be read: separate its keyword=value pairs with spaces</source>
        <translation>no se puede leer la dirección del servidor: separe sus pares clave=valor con espacios</translation>
    </message>
    <message>
        <source>the server address has a setting PostgreSQL does not know: “%1”</source>
        <translation>la dirección del servidor tiene un ajuste que PostgreSQL no conoce: «%1»</translation>
    </message>
    <message>
        <source>the server address has an &apos;@&apos; after its host: a &apos;/&apos;, &apos;?&apos; or &apos;#&apos; in a user name or password is written %2F, %3F or %23 (better, keep the password in ~/.pgpass)</source>
        <translation>la dirección del servidor tiene una «@» después del servidor: una «/», «?» o «#» en un nombre de usuario o una contraseña se escribe %2F, %3F o %23 (mejor aún, guarde la contraseña en ~/.pgpass)</translation>
    </message>
</context>
<context>
    <name>Careleaf::LibraryCopy</name>
    <message>
        <source>%1 cannot receive procedures: %2</source>
        <translation>%1 no puede recibir procedimientos: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Nothing was copied.</source>
        <translation>%1 no se puede leer: %2. No se copió nada.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 no se puede escribir: %2</translation>
    </message>
    <message>
        <source>Nothing was copied.</source>
        <translation>No se copió nada.</translation>
    </message>
    <message>
        <source>procedure %1 (%2) cannot be read from %3.</source>
        <translation>el procedimiento %1 (%2) no se puede leer de %3.</translation>
    </message>
    <message>
        <source>%1 (%2 %3): %4</source>
        <translation>%1 (%2 %3): %4</translation>
    </message>
    <message>
        <source>The copy was cancelled.</source>
        <translation>Se canceló la copia.</translation>
    </message>
    <message>
        <source>%1 did not keep the copy: %2 Nothing was copied.</source>
        <translation>%1 no conservó la copia: %2 No se copió nada.</translation>
    </message>
</context>
<context>
    <name>Careleaf::LibraryProblemDialog</name>
    <message>
        <source>Careleaf Cannot Open Its Library</source>
        <translation>Careleaf no puede abrir su biblioteca</translation>
    </message>
    <message>
        <source>&amp;Open Another Library…</source>
        <translation>&amp;Abrir otra biblioteca…</translation>
    </message>
    <message>
        <source>&amp;Restore Backup</source>
        <translation>&amp;Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Start a &amp;Fresh Library</source>
        <translation>Empezar una biblioteca &amp;nueva</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>Re&amp;intentar</translation>
    </message>
    <message>
        <source>Use This &amp;Computer&apos;s Library</source>
        <translation>Usar la biblioteca de esta &amp;computadora</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Abrir biblioteca</translation>
    </message>
    <message>
        <source>Careleaf libraries (*.sqlite);;All files (*)</source>
        <translation>Bibliotecas de Careleaf (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Connected to the clinic library.</source>
        <translation>Conectado a la biblioteca de la clínica.</translation>
    </message>
    <message>
        <source>Working on this computer&apos;s library; the clinic server was not reachable.</source>
        <translation>Trabajando con la biblioteca de esta computadora; no se pudo conectar con el servidor de la clínica.</translation>
    </message>
    <message>
        <source>Careleaf tries again every few seconds. You can also work on this computer&apos;s own library meanwhile, or open a library file.</source>
        <translation>Careleaf vuelve a intentarlo cada pocos segundos. Mientras tanto, también puede trabajar con la biblioteca propia de esta computadora o abrir un archivo de biblioteca.</translation>
    </message>
    <message>
        <source>You can try again, work on this computer&apos;s own library meanwhile, or open a library file.</source>
        <translation>Puede volver a intentarlo, trabajar mientras tanto con la biblioteca propia de esta computadora o abrir un archivo de biblioteca.</translation>
    </message>
    <message>
        <source>&amp;Restore Backup of %1</source>
        <translation>&amp;Restaurar copia de seguridad de %1</translation>
    </message>
    <message>
        <source>You can open another library, %1start a fresh library. The file is kept: it is moved aside, never overwritten.</source>
        <translation>Puede abrir otra biblioteca, %1o empezar una biblioteca nueva. El archivo se conserva: se mueve aparte, nunca se sobrescribe.</translation>
    </message>
    <message>
        <source>restore the backup taken before the last upgrade, or </source>
        <translation>restaurar la copia de seguridad hecha antes de la última actualización </translation>
    </message>
    <message>
        <source>You can open another library, or fix the problem and start Careleaf again.</source>
        <translation>Puede abrir otra biblioteca o resolver el problema y volver a iniciar Careleaf.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Se abrió %1</translation>
    </message>
    <message>
        <source>Restored the library from its backup; the damaged file is kept as %1</source>
        <translation>Se restauró la biblioteca desde su copia de seguridad; el archivo dañado se conserva como %1</translation>
    </message>
    <message>
        <source>Started a fresh library; the previous file is kept as %1</source>
        <translation>Se empezó una biblioteca nueva; el archivo anterior se conserva como %1</translation>
    </message>
</context>
<context>
    <name>Careleaf::LibraryStore</name>
    <message>
        <source>The education log row waits in memory only: %1</source>
        <translation>La fila del registro de educación está en espera solo en la memoria: %1</translation>
    </message>
    <message>
        <source>%1; the row waits on this computer and is added when the library takes it</source>
        <translation>%1; la fila queda en espera en esta computadora y se agregará cuando la biblioteca la acepte</translation>
    </message>
    <message>
        <source>the education log cannot be written: %1</source>
        <translation>no se puede escribir en el registro de educación: %1</translation>
    </message>
    <message>
        <source>education log row %1 was changed after it was written (it no longer matches its seal)</source>
        <translation>la fila %1 del registro de educación se modificó después de escribirse (ya no coincide con su sello)</translation>
    </message>
    <message>
        <source>the education log was cut before row %1: a row before it was removed or changed</source>
        <translation>el registro de educación está cortado antes de la fila %1: se eliminó o modificó una fila anterior</translation>
    </message>
    <message>
        <source>the education log cannot be read: %1</source>
        <translation>no se puede leer el registro de educación: %1</translation>
    </message>
    <message>
        <source>the education log&apos;s count of rows is missing from the library</source>
        <translation>falta en la biblioteca el recuento de filas del registro de educación</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) removed from the end of the education log</source>
        <translation>
            <numerusform>se eliminó %n fila del final del registro de educación</numerusform>
            <numerusform>se eliminaron %n filas del final del registro de educación</numerusform>
        </translation>
    </message>
    <message>
        <source>the education log&apos;s last rows were added or changed outside Careleaf</source>
        <translation>las últimas filas del registro de educación se agregaron o modificaron fuera de Careleaf</translation>
    </message>
    <message>
        <source>the education log cannot be read: %1 cannot be reached</source>
        <translation>no se puede leer el registro de educación: no se puede conectar con %1</translation>
    </message>
    <message>
        <source>the clinic server address cannot be used: %1</source>
        <translation>no se puede usar la dirección del servidor de la clínica: %1</translation>
    </message>
    <message>
        <source>%1 cannot be opened: Qt&apos;s %2 driver is not installed (on Debian: apt-get install libqt6sql6-psql or libqt6sql6-sqlite)</source>
        <translation>%1 no se puede abrir: el controlador %2 de Qt no está instalado (en Debian: apt-get install libqt6sql6-psql o libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>Education log rows still wait for %1: %2</source>
        <translation>Todavía hay filas del registro de educación en espera para %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>no se puede conectar con %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 no se puede abrir: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: the database reports “%2”. Careleaf has not changed it.</source>
        <translation>%1 tiene daños: la base de datos informa “%2”. Careleaf no ha hecho ningún cambio.</translation>
    </message>
    <message>
        <source>the procedures cannot be read: %1</source>
        <translation>no se pueden leer los procedimientos: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: its format version cannot be read. Careleaf has not changed it.</source>
        <translation>%1 tiene daños: no se puede leer su versión de formato. Careleaf no ha hecho ningún cambio.</translation>
    </message>
    <message>
        <source>%1 holds other tables but no Careleaf library; choose another database</source>
        <translation>%1 contiene otras tablas, pero no una biblioteca de Careleaf; elija otra base de datos</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Careleaf library</source>
        <translation>%1 es una base de datos SQLite, pero no una biblioteca de Careleaf</translation>
    </message>
    <message>
        <source>%1 says it is library format %2, but Careleaf last brought it to format %3, which this version reads: the format number was changed by hand, not by a newer Careleaf. Ask IT to set it back (UPDATE careleaf_meta SET value = &apos;%3&apos; WHERE key = &apos;schema_version&apos;).</source>
        <translation>%1 indica que tiene el formato de biblioteca %2, pero el último formato que le dio Careleaf es el %3, que esta versión puede leer: el número de formato se cambió a mano, no con un Careleaf más reciente. Pida al equipo de TI que lo restablezca (UPDATE careleaf_meta SET value = &apos;%3&apos; WHERE key = &apos;schema_version&apos;).</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Careleaf (library format %2; this version reads up to format %3). Open it with a newer Careleaf, or choose another library.</source>
        <translation>%1 se escribió con una versión más reciente de Careleaf (formato de biblioteca %2; esta versión lee hasta el formato %3). Use una versión más reciente de Careleaf o elija otra biblioteca.</translation>
    </message>
    <message>
        <source>%1 holds no Careleaf library yet, and %2 Ask IT to run: careleaf-cli admin init-server &lt;address&gt;</source>
        <translation>%1 todavía no contiene una biblioteca de Careleaf, y %2 Pida al equipo de TI que ejecute: careleaf-cli admin init-server &lt;dirección&gt;</translation>
    </message>
    <message>
        <source>%1 needs an upgrade from library format %2 to %3, which this connection may not make: %4 Ask IT to run: careleaf-cli admin init-server &lt;address&gt;</source>
        <translation>%1 necesita una actualización del formato de biblioteca %2 al %3, y esta conexión no puede hacerla: %4 Pida al equipo de TI que ejecute: careleaf-cli admin init-server &lt;dirección&gt;</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: %2</source>
        <translation>%1 no se puede abrir para escribir: %2</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to format %2, but the backup taken first could not be written to %3: %4. Nothing was changed.</source>
        <translation>%1 necesita actualizarse al formato %2, pero la copia de seguridad previa no se pudo escribir en %3: %4. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 cannot be upgraded: %2</source>
        <translation>%1 no se puede actualizar: %2</translation>
    </message>
    <message>
        <source>%1 cannot be upgraded to format %2: %3</source>
        <translation>%1 no se puede actualizar al formato %2: %3</translation>
    </message>
    <message>
        <source>procedure %1: its stored document cannot be read</source>
        <translation>procedimiento %1: no se puede leer su documento guardado</translation>
    </message>
    <message>
        <source>the library&apos;s format cannot be read: %1</source>
        <translation>no se puede leer el formato de la biblioteca: %1</translation>
    </message>
    <message>
        <source>the library says it is format %1, but Careleaf last brought it to format %2: the format number was changed by hand</source>
        <translation>la biblioteca indica que tiene el formato %1, pero el último formato que le dio Careleaf es el %2: el número de formato se cambió a mano</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>procedure %1: stored identity does not match its content</source>
        <translation>procedimiento %1: la identidad guardada no coincide con su contenido</translation>
    </message>
    <message>
        <source>procedure %1: content checksum does not match</source>
        <translation>procedimiento %1: la suma de comprobación del contenido no coincide</translation>
    </message>
    <message>
        <source>%1 is not a Careleaf library (it is not an SQLite database file)</source>
        <translation>%1 no es una biblioteca de Careleaf (no es un archivo de base de datos SQLite)</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is %2 bytes shorter than the library it holds, so it was cut off (a full disk, or an interrupted copy). Careleaf has not changed it.</source>
        <translation>%1 tiene daños: el archivo tiene %2 bytes menos que la biblioteca que contiene, así que quedó cortado (por un disco lleno o una copia interrumpida). Careleaf no ha hecho ningún cambio.</translation>
    </message>
    <message>
        <source>%1 is read-only: Careleaf writes to its library (imports and the education log). Make the file writable, or choose another library.</source>
        <translation>%1 es de solo lectura: Careleaf escribe en su biblioteca (importaciones y registro de educación). Permita la escritura en el archivo o elija otra biblioteca.</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>%1 is an SQLite address (a URI or an in-memory database), not a library file: give Careleaf the path of the file</source>
        <translation>%1 es una dirección SQLite (un URI o una base de datos en memoria), no un archivo de biblioteca: indique a Careleaf la ruta del archivo</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>un dispositivo de caracteres</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>un dispositivo de bloques</translation>
    </message>
    <message>
        <source>a pipe</source>
        <translation>una tubería</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>un archivo especial</translation>
    </message>
    <message>
        <source>%1 is %2, not a library file: choose a library file (it is left as it is)</source>
        <translation>%1 es %2, no un archivo de biblioteca: elija un archivo de biblioteca (se deja tal como está)</translation>
    </message>
    <message>
        <source>the backup %1 does not exist or is not a file</source>
        <translation>la copia de seguridad %1 no existe o no es un archivo</translation>
    </message>
    <message>
        <source>%1 is the library itself, not a backup of it</source>
        <translation>%1 es la biblioteca misma, no una copia de seguridad de ella</translation>
    </message>
    <message>
        <source>the backup %1 is not a library Careleaf can open: %2</source>
        <translation>la copia de seguridad %1 no es una biblioteca que Careleaf pueda abrir: %2</translation>
    </message>
    <message>
        <source>the backup %1 fails its check: %2</source>
        <translation>la copia de seguridad %1 no pasa la verificación: %2</translation>
    </message>
    <message>
        <source>%1 already exists; try again in a second</source>
        <translation>%1 ya existe; vuelva a intentarlo en un segundo</translation>
    </message>
    <message>
        <source>%1 cannot be moved aside to %2 (is its folder writable?)</source>
        <translation>%1 no se puede mover a %2 (¿se puede escribir en su carpeta?)</translation>
    </message>
    <message>
        <source>%1 cannot be copied to %2</source>
        <translation>%1 no se puede copiar a %2</translation>
    </message>
    <message>
        <source>the library is not connected</source>
        <translation>la biblioteca no está conectada</translation>
    </message>
    <message>
        <source>the name keys cannot be read: %1</source>
        <translation>no se pueden leer las claves de nombre: %1</translation>
    </message>
    <message>
        <source>the names&apos; word list cannot be checked: %1</source>
        <translation>no se puede comprobar la lista de palabras de los nombres: %1</translation>
    </message>
    <message>
        <source>procedure %1: the names&apos; word list lacks &quot;%2&quot;, a word of its names</source>
        <translation>procedimiento %1: a la lista de palabras de los nombres le falta &quot;%2&quot;, una palabra de sus nombres</translation>
    </message>
    <message>
        <source>procedure %1: the names&apos; word list holds &quot;%2&quot;, which its names do not</source>
        <translation>procedimiento %1: la lista de palabras de los nombres contiene &quot;%2&quot;, que sus nombres no contienen</translation>
    </message>
    <message>
        <source>procedure %1: the names&apos; word list holds &quot;%2&quot; under another title than its own</source>
        <translation>procedimiento %1: la lista de palabras de los nombres contiene &quot;%2&quot; con un título que no es el suyo</translation>
    </message>
    <message>
        <source>the names&apos; word list counts the procedures whose names hold &quot;%1&quot; wrongly</source>
        <translation>la lista de palabras de los nombres cuenta mal los procedimientos cuyos nombres contienen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>procedure %1: its name keys do not match its names (a search by name may miss it or show it twice)</source>
        <translation>procedimiento %1: sus claves de nombre no coinciden con sus nombres (una búsqueda por nombre puede no encontrarlo o mostrarlo dos veces)</translation>
    </message>
    <message>
        <source>%1; the row could not be kept on this computer either (%2): it is lost when this program ends, unless the library takes it first</source>
        <translation>%1; la fila tampoco pudo guardarse en este equipo (%2): se pierde cuando este programa termine, salvo que la biblioteca la acepte antes</translation>
    </message>
    <message>
        <source>%1 is in a folder Careleaf cannot write to (%2): a library needs its folder writable, for its log files (-wal, -shm) and to be created. Make the folder writable, or choose a library in another folder.</source>
        <translation>%1 está en una carpeta en la que Careleaf no puede escribir (%2): una biblioteca necesita poder escribir en su carpeta, para sus archivos de registro (-wal, -shm) y para crearse. Permita escribir en la carpeta o elija una biblioteca en otra carpeta.</translation>
    </message>
    <message>
        <source>education log rows that waited on this computer could not all be read, and the file was set aside as %1: the rows it holds may be missing from the log (remove the file once IT has looked at it)</source>
        <translation>no se pudieron leer todas las entradas del registro de educación que esperaban en este equipo, y el archivo se apartó como %1: puede que las entradas que contiene falten en el registro (elimine el archivo cuando TI lo haya revisado)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist: check the library&apos;s name, or create the folder first</source>
        <translation>la carpeta %1 no existe: revise el nombre de la biblioteca o cree primero la carpeta</translation>
    </message>
    <message>
        <source>the education log cannot be written: the clinic server refused this connection&apos;s role the right to add to it (%1). Ask IT to grant it: careleaf-cli admin init-server sets the roles up.</source>
        <translation>no se puede escribir en el registro de educación: el servidor de la clínica negó al rol de esta conexión el derecho a agregar entradas (%1). Pida a TI que se lo conceda: careleaf-cli admin init-server configura los roles.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) removed from the education log</source>
        <translation>
            <numerusform>se eliminó %n fila del registro de educación</numerusform>
            <numerusform>se eliminaron %n filas del registro de educación</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>no se puede leer %1</translation>
    </message>
    <message>
        <source>%1: the library&apos;s name is not UTF-8, and Careleaf would open another file in its place. Rename the file, or give a link to it whose name is UTF-8.</source>
        <translation>%1: el nombre de la biblioteca no está en UTF-8, y Careleaf abriría otro archivo en su lugar. Cambie el nombre del archivo, o indique un enlace a él cuyo nombre esté en UTF-8.</translation>
    </message>
    <message>
        <source>%1 is being upgraded by another Careleaf, which has not finished in two minutes. Try again when it has; if no Careleaf is running, remove %2.</source>
        <translation>Otro Careleaf está actualizando %1 y no ha terminado en dos minutos. Vuelva a intentarlo cuando termine; si no hay ningún Careleaf en marcha, elimine %2.</translation>
    </message>
    <message>
        <source>its stored text is no longer whole (%1 at character %2)</source>
        <translation>su texto guardado ya no está entero (%1 en el carácter %2)</translation>
    </message>
    <message>
        <source>its stored text is not a procedure</source>
        <translation>su texto guardado no es un procedimiento</translation>
    </message>
    <message>
        <source>the backup %1 is empty: it holds no library</source>
        <translation>la copia de seguridad %1 está vacía: no contiene ninguna biblioteca</translation>
    </message>
</context>
<context>
    <name>Careleaf::MainWindow</name>
    <message>
        <source>Number of matches</source>
        <translation>Número de resultados</translation>
    </message>
    <message>
        <source>Library status</source>
        <translation>Estado de la biblioteca</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message>
        <source>Import Procedure Documents</source>
        <translation>Importar documentos de procedimientos</translation>
    </message>
    <message>
        <source>Procedure documents (*.txt);;All files (*)</source>
        <translation>Documentos de procedimientos (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Procedure Documents</source>
        <translation>Importar una carpeta de documentos de procedimientos</translation>
    </message>
    <message>
        <source>Any setting</source>
        <translation>Cualquier lugar</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>Outpatient clinic</source>
        <translation>Clínica ambulatoria</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Domicilio</translation>
    </message>
    <message>
        <source>Infusion center</source>
        <translation>Centro de infusión</translation>
    </message>
    <message>
        <source>Any duration</source>
        <translation>Cualquier duración</translation>
    </message>
    <message>
        <source>Up to 30 minutes</source>
        <translation>Hasta 30 minutos</translation>
    </message>
    <message>
        <source>Up to 1 hour</source>
        <translation>Hasta 1 hora</translation>
    </message>
    <message>
        <source>Up to 2 hours</source>
        <translation>Hasta 2 horas</translation>
    </message>
    <message>
        <source>Up to 4 hours</source>
        <translation>Hasta 4 horas</translation>
    </message>
    <message>
        <source>No procedure matches what you typed, so none is chosen.</source>
        <translation>Ningún procedimiento coincide con lo que escribió, así que no hay ninguno seleccionado.</translation>
    </message>
    <message>
        <source>No procedure has all the words; showing the closest, for &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Ningún procedimiento tiene todas las palabras; se muestran los resultados más parecidos a &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Showing results for &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Se muestran resultados para &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>An import is running; cancel it before quitting.</source>
        <translation>Hay una importación en curso; cancélela antes de salir.</translation>
    </message>
    <message>
        <source>%1 — Careleaf</source>
        <translation>%1 — Careleaf</translation>
    </message>
    <message>
        <source>Careleaf</source>
        <translation>Careleaf</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s) in the library</source>
        <translation>
            <numerusform>%n procedimiento en la biblioteca</numerusform>
            <numerusform>%n procedimientos en la biblioteca</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches for “%1”</source>
        <translation>No hay resultados para “%1”</translation>
    </message>
    <message numerus="yes">
        <source>More than %n match(es) for “%1”</source>
        <translation>
            <numerusform>Más de %n resultado para “%1”</numerusform>
            <numerusform>Más de %n resultados para “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) for “%1”</source>
        <translation>
            <numerusform>%n resultado para “%1”</numerusform>
            <numerusform>%n resultados para “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Text size %1%</source>
        <translation>Tamaño del texto: %1%</translation>
    </message>
    <message>
        <source>Nothing to print yet: type a code or a few words and choose a procedure.</source>
        <translation>Todavía no hay nada que imprimir: escriba un código o algunas palabras y elija un procedimiento.</translation>
    </message>
    <message>
        <source>Printing Failed</source>
        <translation>Error al imprimir</translation>
    </message>
    <message>
        <source>The procedure could not be printed: %1</source>
        <translation>No se pudo imprimir el procedimiento: %1</translation>
    </message>
    <message>
        <source>Print Procedure</source>
        <translation>Imprimir procedimiento</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
    <message>
        <source>About Careleaf</source>
        <translation>Acerca de Careleaf</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Careleaf %1&lt;/h3&gt;&lt;p&gt;Patient-education procedures for clinic staff: search, read, print.&lt;/p&gt;&lt;p&gt;Library: %2&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Careleaf %1&lt;/h3&gt;&lt;p&gt;Educación del paciente sobre procedimientos, para el personal de la clínica: buscar, leer, imprimir.&lt;/p&gt;&lt;p&gt;Biblioteca: %2&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>%n procedimiento</numerusform>
            <numerusform>%n procedimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>The library you chose cannot be opened, so Careleaf stays with %1.

%2</source>
        <translation>No se puede abrir la biblioteca que eligió, así que Careleaf sigue usando %1.

%2</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Se abrió %1.</translation>
    </message>
    <message>
        <source>Clinic library: %1</source>
        <translation>Biblioteca de la clínica: %1</translation>
    </message>
    <message>
        <source>Library: This computer</source>
        <translation>Biblioteca: esta computadora</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <source>Import is not available: %1 Ask IT to import with the clinic&apos;s editor role.</source>
        <translation>No se puede importar: %1 Pida al equipo de TI que importe con el rol de editor de la clínica.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clinic library unavailable — retrying&lt;/b&gt;&lt;br&gt;Careleaf cannot reach %1. The procedure on screen stays readable and printable, and Careleaf reconnects by itself.</source>
        <translation>&lt;b&gt;Biblioteca de la clínica no disponible — reintentando&lt;/b&gt;&lt;br&gt;Careleaf no puede conectarse con %1. El procedimiento que está en pantalla se puede seguir leyendo e imprimiendo, y Careleaf se volverá a conectar automáticamente.</translation>
    </message>
    <message numerus="yes">
        <source>%n handout(s) printed meanwhile will be added to the education log.</source>
        <translation>
            <numerusform>%n hoja informativa impresa mientras tanto se agregará al registro de educación.</numerusform>
            <numerusform>%n hojas informativas impresas mientras tanto se agregarán al registro de educación.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clinic library is back.</source>
        <translation>La biblioteca de la clínica vuelve a estar disponible.</translation>
    </message>
    <message>
        <source>This procedure was updated in the library.</source>
        <translation>Este procedimiento se actualizó en la biblioteca.</translation>
    </message>
    <message>
        <source>This procedure was removed from the library.</source>
        <translation>Este procedimiento se eliminó de la biblioteca.</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Todos los códigos</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Looking for documents…</source>
        <translation>Buscando documentos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Importing Documents</source>
        <translation>Importando documentos</translation>
    </message>
    <message>
        <source>Importing %1 of %2:
%3</source>
        <translation>Importando %1 de %2:
%3</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message numerus="yes">
        <source>%n new procedure(s) added</source>
        <translation>
            <numerusform>%n procedimiento nuevo agregado</numerusform>
            <numerusform>%n procedimientos nuevos agregados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n ya estaba al día</numerusform>
            <numerusform>%n ya estaban al día</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported</source>
        <translation>
            <numerusform>%n archivo no se pudo importar</numerusform>
            <numerusform>%n archivos no se pudieron importar</numerusform>
        </translation>
    </message>
    <message>
        <source>No procedure documents were found.</source>
        <translation>No se encontraron documentos de procedimientos.</translation>
    </message>
    <message>
        <source>The import was cancelled. Documents imported before that are in the library.</source>
        <translation>Se canceló la importación. Los documentos que se importaron antes ya están en la biblioteca.</translation>
    </message>
    <message>
        <source>The import stopped because the library could not be written:
%1</source>
        <translation>La importación se detuvo porque no se pudo escribir en la biblioteca:
%1</translation>
    </message>
    <message>
        <source>Show Details lists each file and why. The others are in the library.</source>
        <translation>“Mostrar los detalles” indica cada archivo y el motivo. Los demás están en la biblioteca.</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <source>Finishing the import: tidying the search index…</source>
        <translation>Terminando la importación: ordenando el índice de búsqueda…</translation>
    </message>
    <message numerus="yes">
        <source>%n closest match(es) for “%1”</source>
        <translation>
            <numerusform>%n resultado más cercano para “%1”</numerusform>
            <numerusform>%n resultados más cercanos para “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message numerus="yes">
        <source>More than %n closest match(es) for “%1”</source>
        <translation>
            <numerusform>Más de %n resultado más cercano para “%1”</numerusform>
            <numerusform>Más de %n resultados más cercanos para “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Número de página</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported with no section heading recognised: Show Details lists them.</source>
        <translation>
            <numerusform>%n archivo importado sin ningún título de sección reconocido: Mostrar detalles lo indica.</numerusform>
            <numerusform>%n archivos importados sin ningún título de sección reconocido: Mostrar detalles los indica.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files and reasons</source>
        <translation>Archivos y motivos</translation>
    </message>
    <message>
        <source>The filters above leave procedures out: set them back to “All codes”, “Any setting”, “Any duration” and “Any language” to search the whole library.</source>
        <translation>Los filtros de arriba dejan fuera procedimientos: vuelva a poner “Todos los códigos”, “Cualquier lugar”, “Cualquier duración” y “Cualquier idioma” para buscar en toda la biblioteca.</translation>
    </message>
    <message>
        <source>No procedure matches “%1” with these filters.</source>
        <translation>Ningún procedimiento coincide con “%1” con estos filtros.</translation>
    </message>
    <message>
        <source>No procedure matches “%1”.</source>
        <translation>Ningún procedimiento coincide con “%1”.</translation>
    </message>
    <message>
        <source>Check the spelling, or try fewer words, the procedure’s code, or another name for it.</source>
        <translation>Revise la ortografía, o pruebe con menos palabras, con el código del procedimiento o con otro nombre.</translation>
    </message>
    <message>
        <source>No procedure fits these filters.</source>
        <translation>Ningún procedimiento cumple estos filtros.</translation>
    </message>
    <message>
        <source>The library has no procedures yet.</source>
        <translation>La biblioteca aún no tiene procedimientos.</translation>
    </message>
    <message>
        <source>Whoever keeps the clinic’s library imports its procedures.</source>
        <translation>Quien administra la biblioteca de la clínica importa sus procedimientos.</translation>
    </message>
    <message>
        <source>Letters Print as Boxes</source>
        <translation>Letras que se imprimen como cuadros</translation>
    </message>
    <message>
        <source>Ignored in the administrator&apos;s settings (%1): %2</source>
        <translation>Se ignoran en los ajustes del administrador (%1): %2</translation>
    </message>
    <message>
        <source>The search could not be done.</source>
        <translation>No se pudo hacer la búsqueda.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>The pages as they will print: Page Up and Page Down scroll them</source>
        <translation>Las páginas tal como se imprimirán: Re Pág y Av Pág las desplazan</translation>
    </message>
    <message>
        <source>Number of procedures selected</source>
        <translation>Número de procedimientos seleccionados</translation>
    </message>
    <message numerus="yes">
        <source>%n selected: %1 makes one handout of them</source>
        <translation>
            <numerusform>%n seleccionado: %1 hace con él una hoja informativa</numerusform>
            <numerusform>%n seleccionados: %1 hace con ellos una sola hoja informativa</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines left out of the clinic&apos;s tables: %1</source>
        <translation>Líneas omitidas de las tablas de la clínica: %1</translation>
    </message>
    <message>
        <source>This procedure cannot be read: the library %1 is damaged (its pages cannot all be read). Careleaf has not changed it. Tell IT: careleaf-cli check lists what is wrong, and careleaf-cli recover puts a backup back or starts a fresh library.</source>
        <translation>Este procedimiento no se puede leer: la biblioteca %1 está dañada (no se pueden leer todas sus páginas). Careleaf no la ha cambiado. Avise a informática: careleaf-cli check indica qué está mal, y careleaf-cli recover restaura una copia de seguridad o empieza una biblioteca nueva.</translation>
    </message>
    <message>
        <source>This procedure cannot be read from the library: %1</source>
        <translation>Este procedimiento no se puede leer de la biblioteca: %1</translation>
    </message>
    <message>
        <source>No procedure matches what you typed with these filters, so none is chosen.</source>
        <translation>Ningún procedimiento coincide con lo que escribió con estos filtros, así que no hay ninguno seleccionado.</translation>
    </message>
    <message>
        <source>No matches for “%1” with these filters</source>
        <translation>No hay resultados para “%1” con estos filtros</translation>
    </message>
    <message>
        <source>Import procedure documents with File › Import Documents (%1) or Import Folder.</source>
        <translation>Importe documentos de procedimientos con Archivo › Importar documentos (%1) o Importar carpeta.</translation>
    </message>
</context>
<context>
    <name>Careleaf::PagedPrint</name>
    <message>
        <source>the printer or file could not be opened for writing</source>
        <translation>no se pudo abrir la impresora o el archivo para escribir</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>the printer refused page %1</source>
        <translation>la impresora rechazó la página %1</translation>
    </message>
    <message>
        <source>the output could not be finished</source>
        <translation>no se pudo terminar la salida</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>this is not a file that a PDF can be written to (a folder, or a device)</source>
        <translation>no es un archivo en el que se pueda escribir un PDF (una carpeta o un dispositivo)</translation>
    </message>
    <message>
        <source>the file exists and cannot be read, so it is not overwritten</source>
        <translation>el archivo existe y no se puede leer, así que no se sobrescribe</translation>
    </message>
    <message>
        <source>the file exists and is not a PDF (it may be a library or a document), so it is not overwritten: choose another file name</source>
        <translation>el archivo existe y no es un PDF (puede ser una biblioteca o un documento), así que no se sobrescribe: elija otro nombre de archivo</translation>
    </message>
    <message>
        <source>this is a folder: give the name of a file in it, such as handout.pdf</source>
        <translation>es una carpeta: indique el nombre de un archivo dentro de ella, como handout.pdf</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <extracomment>Above a page whose first lines go on with a section begun on the page before, and after the heading of the words to know where they go on; %1 is the procedure&apos;s title and the section&apos;s heading, or one of them where the line is short, or that heading.</extracomment>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <source>%1: the PDF could not be written: %2</source>
        <translation>%1: no se pudo escribir el PDF: %2</translation>
    </message>
    <message>
        <source>it was cut short (is the disk full?)</source>
        <translation>quedó incompleto (¿está lleno el disco?)</translation>
    </message>
    <message>
        <source>%1: not written: stopped</source>
        <translation>%1: no se escribió: se detuvo</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 es un archivo, no una carpeta</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Some letters print as empty boxes: no font on this computer draws %1. Install a font that does (on Debian, fonts-noto-core or fonts-noto-cjk), or ask IT.</source>
        <translation>Algunas letras se imprimen como cuadros vacíos: ninguna fuente de este equipo dibuja %1. Instale una fuente que lo haga (en Debian, fonts-noto-core o fonts-noto-cjk), o consulte a TI.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
</context>
<context>
    <name>Careleaf::PendingLog</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1 is not a list of education log rows: %2</source>
        <translation>%1 no es una lista de filas del registro de educación: %2</translation>
    </message>
    <message>
        <source>%1: row %2 is not an education log row</source>
        <translation>%1: la fila %2 no es una fila del registro de educación</translation>
    </message>
    <message>
        <source>%1 cannot be removed</source>
        <translation>%1 no se puede eliminar</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 no se puede escribir: %2</translation>
    </message>
    <message>
        <source>%1; kept as %2</source>
        <translation>%1; se conserva como %2</translation>
    </message>
    <message>
        <source>%1 is locked by another Careleaf</source>
        <translation>%1 está en uso por otra instancia de Careleaf</translation>
    </message>
</context>
<context>
    <name>Careleaf::PostgresBackend</name>
    <message>
        <source>the search index cannot be checked: %1</source>
        <translation>no se puede verificar el índice de búsqueda: %1</translation>
    </message>
    <message>
        <source>procedure %1: it is missing from the search index</source>
        <translation>procedimiento %1: falta en el índice de búsqueda</translation>
    </message>
    <message>
        <source>the clinic server refused: this connection&apos;s role is read-only (it can search, read, print and add to the education log, not change procedures). Nothing was saved; import with the clinic&apos;s editor role. The server said: %1</source>
        <translation>el servidor de la clínica rechazó la operación: el rol de esta conexión es de solo lectura (puede buscar, leer, imprimir y agregar entradas al registro de educación, pero no cambiar procedimientos). No se guardó nada; importe con el rol de editor de la clínica. El servidor dijo: %1</translation>
    </message>
    <message>
        <source>the server asks for a password and none was found. Careleaf never stores passwords: add a line for this server to ~/.pgpass (or the file PGPASSFILE names), as for psql.</source>
        <translation>el servidor pide una contraseña y no se encontró ninguna. Careleaf nunca guarda contraseñas: agregue una línea para este servidor en ~/.pgpass (o en el archivo que indique PGPASSFILE), igual que para psql.</translation>
    </message>
    <message>
        <source>the server refused the user name or password (%1). Check the user in Preferences &gt; Library and the password in ~/.pgpass.</source>
        <translation>el servidor rechazó el nombre de usuario o la contraseña (%1). Revise el usuario en Preferencias &gt; Biblioteca y la contraseña en ~/.pgpass.</translation>
    </message>
    <message>
        <source>the database does not exist on the server (%1). Ask IT to create it and run careleaf-cli admin init-server.</source>
        <translation>la base de datos no existe en el servidor (%1). Pida al equipo de TI que la cree y que ejecute careleaf-cli admin init-server.</translation>
    </message>
    <message>
        <source>the service name is not in pg_service.conf (%1)</source>
        <translation>el nombre del servicio no está en pg_service.conf (%1)</translation>
    </message>
    <message>
        <source>the server does not answer (%1). Check the host and port, and that the server is running.</source>
        <translation>el servidor no responde (%1). Revise el host y el puerto, y que el servidor esté en funcionamiento.</translation>
    </message>
    <message>
        <source>the clinic server&apos;s disk is full (%1); nothing was saved</source>
        <translation>el disco del servidor de la clínica está lleno (%1); no se guardó nada</translation>
    </message>
    <message>
        <source>another workstation was writing at the same moment (%1); nothing was saved, try again</source>
        <translation>otra estación de trabajo estaba escribiendo al mismo tiempo (%1); no se guardó nada, inténtelo de nuevo</translation>
    </message>
    <message>
        <source>the statement was cancelled (%1); nothing was saved</source>
        <translation>se canceló la instrucción SQL (%1); no se guardó nada</translation>
    </message>
    <message>
        <source>the clinic server reports: %1</source>
        <translation>el servidor de la clínica informa: %1</translation>
    </message>
    <message>
        <source>the server could not say whether this connection may import: %1</source>
        <translation>el servidor no pudo indicar si esta conexión puede importar: %1</translation>
    </message>
    <message>
        <source>you are connected as %1, a read-only workstation role: it can search, read and print procedures and add to the education log, but not import.</source>
        <translation>su conexión usa %1, un rol de estación de trabajo de solo lectura: puede buscar, leer e imprimir procedimientos y agregar entradas al registro de educación, pero no importar.</translation>
    </message>
    <message>
        <source>the connection to the clinic server was lost (%1); nothing was saved. Try again when the server is back.</source>
        <translation>se perdió la conexión con el servidor de la clínica (%1); no se guardó nada. Vuelva a intentarlo cuando el servidor esté disponible.</translation>
    </message>
    <message>
        <source>the clinic server did not answer; try again when it is back</source>
        <translation>el servidor de la clínica no respondió; vuelva a intentarlo cuando esté disponible</translation>
    </message>
    <message>
        <source>no server answers on this computer&apos;s socket (%1). Check that the server is running, or give its host name in the address.</source>
        <translation>ningún servidor responde en el socket de este equipo (%1). Compruebe que el servidor esté en funcionamiento, o indique su nombre de host en la dirección.</translation>
    </message>
    <message>
        <source>the server refused the connection (%1)</source>
        <translation>el servidor rechazó la conexión (%1)</translation>
    </message>
</context>
<context>
    <name>Careleaf::PreferencesDialog</name>
    <message>
        <source>Heading Colour</source>
        <translation>Color de los títulos</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n procedure(s); this user may import.</source>
        <translation>
            <numerusform>Conectado: %n procedimiento; este usuario puede importar.</numerusform>
            <numerusform>Conectado: %n procedimientos; este usuario puede importar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n procedure(s); read-only (search, read, print).</source>
        <translation>
            <numerusform>Conectado: %n procedimiento; solo lectura (buscar, leer, imprimir).</numerusform>
            <numerusform>Conectado: %n procedimientos; solo lectura (buscar, leer, imprimir).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose Logo</source>
        <translation>Elegir logotipo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Careleaf green</source>
        <translation>Verde Careleaf</translation>
    </message>
    <message>
        <source>Greyed settings are set by your administrator for everyone on this computer.</source>
        <translation>Las opciones en gris las establece su administrador para todos los usuarios de esta computadora.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>%1 is not an image Careleaf can read.</source>
        <translation>%1 no es una imagen que Careleaf pueda leer.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>The clinic server needs a host and a database name.</source>
        <translation>El servidor de la clínica necesita un host y un nombre de base de datos.</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>El idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>%1 (handout words only; the rest in English)</source>
        <translation>%1 (solo las palabras de las hojas informativas; el resto en inglés)</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>Heading colour: %1</source>
        <translation>Color de los títulos: %1</translation>
    </message>
</context>
<context>
    <name>Careleaf::Procedure</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>%1 (code not given)</source>
        <translation>%1 (sin código)</translation>
    </message>
</context>
<context>
    <name>Careleaf::ProcedureHtml</name>
    <message>
        <source>Sample translation, not yet reviewed by a clinician</source>
        <translation>Traducción de muestra, aún no revisada por un profesional de la salud</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>Otros nombres: %1</translation>
    </message>
    <message>
        <source>Official descriptor: %1</source>
        <translation>Descripción oficial: %1</translation>
    </message>
    <message>
        <source>None listed in the source document.</source>
        <translation>El documento original no menciona nada sobre esto.</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Between two names of a procedure in &quot;Also known as: %1&quot; (Arabic &quot;؛ &quot;, Chinese &quot;；&quot;).</extracomment>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>Careleaf::SectionKeys</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Para qué sirve</translation>
    </message>
    <message>
        <source>Indications</source>
        <translation>Cuándo se necesita</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Cómo prepararse</translation>
    </message>
    <message>
        <source>Procedure description</source>
        <translation>Cómo se hace</translation>
    </message>
    <message>
        <source>Tools and equipment</source>
        <translation>Instrumentos y equipos</translation>
    </message>
    <message>
        <source>Anesthesia</source>
        <translation>Anestesia</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Cuánto dura</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Dónde se hace</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>Personal que participa</translation>
    </message>
    <message>
        <source>Risks and complications</source>
        <translation>Riesgos y complicaciones</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Beneficios</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>Otras opciones</translation>
    </message>
    <message>
        <source>Patient experience</source>
        <translation>Qué va a sentir</translation>
    </message>
    <message>
        <source>Health-plan policies</source>
        <translation>Reglas del seguro médico</translation>
    </message>
    <message>
        <source>Similar codes</source>
        <translation>Códigos parecidos</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros datos</translation>
    </message>
    <message>
        <source>Overview</source>
        <comment>tab</comment>
        <translation>General</translation>
    </message>
    <message>
        <source>Purpose</source>
        <comment>tab</comment>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Preparation</source>
        <comment>tab</comment>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Procedure</source>
        <comment>tab</comment>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <source>Risks</source>
        <comment>tab</comment>
        <translation>Riesgos</translation>
    </message>
    <message>
        <source>Recovery</source>
        <comment>tab</comment>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <comment>tab</comment>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Codes</source>
        <comment>tab</comment>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>tab</comment>
        <translation>Otros</translation>
    </message>
</context>
<context>
    <name>Careleaf::ServerAdmin</name>
    <message>
        <source>%1 is a file: roles exist only on a clinic server</source>
        <translation>%1 es un archivo: los roles solo existen en un servidor de la clínica</translation>
    </message>
    <message>
        <source>the role name “%1” must be lower-case letters, digits and &apos;_&apos;</source>
        <translation>el nombre de rol “%1” solo puede tener letras minúsculas, dígitos y &apos;_&apos;</translation>
    </message>
    <message>
        <source>the editor and workstation roles must differ</source>
        <translation>los roles de editor y de estación de trabajo deben ser distintos</translation>
    </message>
    <message>
        <source>only the owner of the database (%1) or a superuser may set up the clinic library, and this connection is %2: run init-server as the owner, for example sudo -u postgres careleaf-cli admin init-server postgresql:///DATABASE</source>
        <translation>solo el propietario de la base de datos (%1) o un superusuario puede configurar la biblioteca de la clínica, y esta conexión es %2: ejecute init-server como propietario, por ejemplo sudo -u postgres careleaf-cli admin init-server postgresql:///DATABASE</translation>
    </message>
    <message>
        <source>the roles cannot be set up: %1</source>
        <translation>no se pueden configurar los roles: %1</translation>
    </message>
    <message>
        <source>library format %1 is ready in %2</source>
        <translation>el formato de biblioteca %1 está listo en %2</translation>
    </message>
    <message>
        <source>role %1: created (it can log in; set its password)</source>
        <translation>rol %1: creado (puede iniciar sesión; asígnele una contraseña)</translation>
    </message>
    <message>
        <source>role %1: already there; its rights were set again</source>
        <translation>rol %1: ya existía; se volvieron a asignar sus permisos</translation>
    </message>
    <message>
        <source>%1 may import and publish (careleaf-cli import, copy), search, read, print and add to the education log</source>
        <translation>%1 puede importar y publicar (careleaf-cli import, copy), buscar, leer, imprimir y agregar entradas al registro de educación</translation>
    </message>
    <message>
        <source>%1 may search, read and print, and add to the education log; the server refuses any change to procedures, and any change or removal of log rows</source>
        <translation>%1 puede buscar, leer e imprimir, y agregar entradas al registro de educación; el servidor rechaza cualquier cambio en los procedimientos y cualquier cambio o eliminación de filas del registro</translation>
    </message>
    <message>
        <source>a superuser</source>
        <translation>un superusuario</translation>
    </message>
    <message>
        <source>the owner of the database, or a member of its owner&apos;s role</source>
        <translation>el propietario de la base de datos, o un miembro del rol de su propietario</translation>
    </message>
    <message>
        <source>a role that bypasses row security</source>
        <translation>un rol que salta la seguridad por filas</translation>
    </message>
    <message>
        <source>the %1 role %2 is %3: it would keep rights the %1 must not have; choose a role of its own, for example careleaf_%4</source>
        <translation>el rol de %1 %2 es %3: conservaría derechos que no debe tener; elija un rol propio, por ejemplo careleaf_%4</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>editor</translation>
    </message>
    <message>
        <source>workstation</source>
        <translation>puesto de trabajo</translation>
    </message>
    <message>
        <source>a role that may create roles (and so grant itself others)</source>
        <translation>un rol que puede crear roles (y así darse otros)</translation>
    </message>
    <message>
        <source>a member of pg_write_all_data</source>
        <translation>un miembro de pg_write_all_data</translation>
    </message>
    <message>
        <source>the workstation role %1 is a member of the editor role %2: it would import as the editor does; choose a role of its own, for example careleaf_workstation</source>
        <translation>el rol de puesto de trabajo %1 es miembro del rol de editor %2: importaría como el editor; elija un rol propio, por ejemplo careleaf_workstation</translation>
    </message>
</context>
<context>
    <name>Careleaf::Settings</name>
    <message>
        <source>Set by your administrator</source>
        <translation>Lo establece su administrador</translation>
    </message>
    <message>
        <source>it must be file or server</source>
        <translation>debe ser file o server</translation>
    </message>
    <message>
        <source>a port is a number from 1 to 65535</source>
        <translation>un puerto es un número del 1 al 65535</translation>
    </message>
    <message>
        <source>a host name is a name or an address alone, without a port or a scheme</source>
        <translation>un nombre de host es solo un nombre o una dirección, sin puerto ni esquema</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>no se puede leer %1 (%2)</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: línea %2: %3</translation>
    </message>
    <message>
        <source>a group is written [name]</source>
        <translation>un grupo se escribe [nombre]</translation>
    </message>
    <message>
        <source>Careleaf has no group [%1]</source>
        <translation>Careleaf no tiene ningún grupo [%1]</translation>
    </message>
    <message>
        <source>this line is neither a setting (name=value) nor a [group]</source>
        <translation>esta línea no es un ajuste (nombre=valor) ni un [grupo]</translation>
    </message>
    <message>
        <source>Careleaf never reads a password from its settings: it belongs in each user&apos;s ~/.pgpass or a PostgreSQL service file</source>
        <translation>Careleaf nunca lee una contraseña de sus ajustes: va en el ~/.pgpass de cada usuario o en un archivo de servicio de PostgreSQL</translation>
    </message>
    <message>
        <source>[Locked] names “%1”, which is no setting or group of Careleaf</source>
        <translation>[Locked] nombra «%1», que no es ningún ajuste ni grupo de Careleaf</translation>
    </message>
    <message>
        <source>Careleaf has no setting %1</source>
        <translation>Careleaf no tiene ningún ajuste %1</translation>
    </message>
    <message>
        <source>%1 is “%2”: it must be A4 or Letter</source>
        <translation>%1 es «%2»: debe ser A4 o Letter</translation>
    </message>
    <message>
        <source>a quotation mark is not closed: the rest of the file would be read as this line&apos;s value</source>
        <translation>unas comillas no se cierran: el resto del archivo se leería como el valor de esta línea</translation>
    </message>
    <message>
        <source>a group&apos;s name holds a value</source>
        <translation>el nombre de un grupo contiene un valor</translation>
    </message>
    <message>
        <source>%1. Until it is corrected, no library is opened: ask IT to correct it.</source>
        <translation>%1. Hasta que se corrija, no se abre ninguna biblioteca: pida a TI que lo corrija.</translation>
    </message>
    <message>
        <source>%1: line %2: </source>
        <translation>%1: línea %2: </translation>
    </message>
    <message>
        <source>the preset “%1” names no section: there is no such preset</source>
        <translation>la plantilla «%1» no nombra ninguna sección: no existe tal plantilla</translation>
    </message>
    <message>
        <source>the preset “%1” names “%2”, which is no section (sections are: %3): the preset prints without it</source>
        <translation>la plantilla «%1» nombra «%2», que no es una sección (las secciones son: %3): la plantilla se imprime sin ella</translation>
    </message>
    <message>
        <source>%1 is “%2”, a language Careleaf has no translation into (it has: %3): it speaks English</source>
        <translation>%1 es «%2», un idioma al que Careleaf no está traducido (lo está a: %3): habla inglés</translation>
    </message>
    <message>
        <source>this line is not UTF-8 text (save the file as UTF-8): %1 is not read</source>
        <translation>esta línea no es texto UTF-8 (guarde el archivo como UTF-8): %1 no se lee</translation>
    </message>
    <message>
        <source>settings to lock are written apart by commas: those after the ‘;’ are locked too</source>
        <translation>los ajustes que se bloquean se separan con comas: los que siguen al «;» también quedan bloqueados</translation>
    </message>
    <message>
        <source>Correct it in Preferences.</source>
        <translation>Corríjalo en Preferencias.</translation>
    </message>
    <message>
        <source>Ask IT to correct it.</source>
        <translation>Pida a TI que lo corrija.</translation>
    </message>
    <message>
        <source>the setting %1 is “%2” in %3: %4.</source>
        <translation>el ajuste %1 es «%2» en %3: %4.</translation>
    </message>
    <message>
        <source>the setting %1 in %2 holds more than a name (a password?): a name alone goes there, and no password.</source>
        <translation>el ajuste %1 en %2 contiene más que un nombre (¿una contraseña?): ahí va solo un nombre, y ninguna contraseña.</translation>
    </message>
    <message>
        <source>the preset “%1” names no section Careleaf has (%2; sections are: %3): there is no such preset</source>
        <translation>la plantilla «%1» no nombra ninguna sección que Careleaf tenga (%2; las secciones son: %3): no existe tal plantilla</translation>
    </message>
</context>
<context>
    <name>Careleaf::SqliteBackend</name>
    <message>
        <source>SQLite integrity check could not run: %1</source>
        <translation>No se pudo ejecutar la verificación de integridad de SQLite: %1</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>Verificación de integridad de SQLite: %1</translation>
    </message>
    <message>
        <source>the search index does not match the procedures: %1</source>
        <translation>el índice de búsqueda no coincide con los procedimientos: %1</translation>
    </message>
    <message>
        <source>the library file could not grow: the disk is full or a file-size limit was reached (%1). Nothing from this file was saved; free some space and import again.</source>
        <translation>el archivo de la biblioteca no pudo crecer: el disco está lleno o se alcanzó un límite de tamaño de archivo (%1). No se guardó nada de este archivo; libere espacio y vuelva a importar.</translation>
    </message>
    <message>
        <source>the library is read-only (%1); nothing was saved</source>
        <translation>la biblioteca es de solo lectura (%1); no se guardó nada</translation>
    </message>
    <message>
        <source>the library is damaged (%1); nothing was saved. Run careleaf-cli check.</source>
        <translation>la biblioteca está dañada (%1); no se guardó nada. Ejecute careleaf-cli check.</translation>
    </message>
    <message>
        <source>another program kept the library busy for too long (%1); nothing was saved, try again</source>
        <translation>otro programa mantuvo ocupada la biblioteca demasiado tiempo (%1); no se guardó nada, inténtelo de nuevo</translation>
    </message>
    <message>
        <source>the library refused the write: %1</source>
        <translation>la biblioteca rechazó la escritura: %1</translation>
    </message>
    <message>
        <source>the library refused the write without saying why; nothing was saved, try again</source>
        <translation>la biblioteca rechazó la escritura sin decir por qué; no se guardó nada, vuelva a intentarlo</translation>
    </message>
    <message>
        <source>Careleaf cannot call the SQLite library of Qt&apos;s SQLite driver</source>
        <translation>Careleaf no puede usar la biblioteca SQLite del controlador SQLite de Qt</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Patient Handout</source>
        <translation>Hoja informativa para el paciente</translation>
    </message>
    <message>
        <source>Handout options</source>
        <translation>Opciones de la hoja informativa</translation>
    </message>
    <message>
        <source>Pre&amp;set:</source>
        <translation>Plan&amp;tilla:</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Save the checked sections as a preset</source>
        <translation>Guardar las secciones marcadas como plantilla</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Guardar plantilla</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>Nuevo nombre de la plantilla</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Quitar plantilla</translation>
    </message>
    <message>
        <source>For this patient (not saved anywhere)</source>
        <translation>Para este paciente (no se guarda en ningún lugar)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Handout date</source>
        <translation>Fecha de la hoja informativa</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <source>&amp;Large print (16 pt)</source>
        <translation>&amp;Letra grande (16 pt)</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <source>&amp;Words to know (meanings of medical words)</source>
        <translation>P&amp;alabras que debe conocer (significado de palabras médicas)</translation>
    </message>
    <message>
        <source>Words to know</source>
        <translation>Palabras que debe conocer</translation>
    </message>
    <message>
        <source>&amp;My questions (lines to write on)</source>
        <translation>&amp;Mis preguntas (renglones para escribir)</translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>Mis preguntas</translation>
    </message>
    <message>
        <source>Staff cop&amp;y: codes and official descriptor</source>
        <translation>Copia para el pe&amp;rsonal: códigos y descripción oficial</translation>
    </message>
    <message>
        <source>Staff copy</source>
        <translation>Copia para el personal</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>&amp;Copias:</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copias</translation>
    </message>
    <message>
        <source>Reading level</source>
        <translation>Nivel de lectura</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Patient&apos;s lan&amp;guage:</source>
        <translation>I&amp;dioma del paciente:</translation>
    </message>
    <message>
        <source>Patient&apos;s language</source>
        <translation>Idioma del paciente</translation>
    </message>
    <message>
        <source>The languages the chosen procedures are written in: the handout prints that version, and its own words in that language</source>
        <translation>Los idiomas en que están escritos los procedimientos elegidos: la hoja informativa imprime esa versión, y sus propias palabras en ese idioma</translation>
    </message>
    <message>
        <source>&amp;Bilingual: each section beside its English version</source>
        <translation>&amp;Bilingüe: cada sección junto a su versión en inglés</translation>
    </message>
    <message>
        <source>Bilingual</source>
        <translation>Bilingüe</translation>
    </message>
    <message>
        <source>Date: print the date</source>
        <translation>Fecha: imprimir la fecha</translation>
    </message>
    <message>
        <source>N&amp;ote for the patient (printed at the top, as “Your instructions”):</source>
        <translation>N&amp;ota para el paciente (se imprime arriba, como «Sus instrucciones»):</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Ren&amp;ame…</source>
        <translation>N&amp;uevo nombre…</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Sect&amp;ions to print</source>
        <translation>&amp;Secciones para imprimir</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Careleaf</source>
        <translation>Careleaf</translation>
    </message>
    <message>
        <source>Search by code, name or words (Ctrl+F)</source>
        <translation>Buscar por código, nombre o palabras (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search procedures</source>
        <translation>Buscar procedimientos</translation>
    </message>
    <message>
        <source>Code system filter</source>
        <translation>Filtro por sistema de códigos</translation>
    </message>
    <message>
        <source>Show only procedures of one code system</source>
        <translation>Mostrar solo los procedimientos de un sistema de códigos</translation>
    </message>
    <message>
        <source>Setting filter</source>
        <translation>Filtro por lugar</translation>
    </message>
    <message>
        <source>Show only procedures done in this setting</source>
        <translation>Mostrar solo los procedimientos que se hacen en este lugar</translation>
    </message>
    <message>
        <source>Duration filter</source>
        <translation>Filtro por duración</translation>
    </message>
    <message>
        <source>Show only procedures that take at most this long</source>
        <translation>Mostrar solo los procedimientos que duran como máximo este tiempo</translation>
    </message>
    <message>
        <source>Search correction</source>
        <translation>Corrección de la búsqueda</translation>
    </message>
    <message>
        <source>Matching procedures</source>
        <translation>Procedimientos encontrados</translation>
    </message>
    <message>
        <source>Procedure details</source>
        <translation>Detalles del procedimiento</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Import Documents…</source>
        <translation>&amp;Importar documentos…</translation>
    </message>
    <message>
        <source>Import procedure documents into the library</source>
        <translation>Importar documentos de procedimientos a la biblioteca</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importar &amp;carpeta…</translation>
    </message>
    <message>
        <source>Import every document in a folder and its subfolders</source>
        <translation>Importar todos los documentos de una carpeta y sus subcarpetas</translation>
    </message>
    <message>
        <source>&amp;Handout…</source>
        <translation>&amp;Hoja informativa…</translation>
    </message>
    <message>
        <source>Print a patient handout of the selected procedures</source>
        <translation>Imprimir una hoja informativa para el paciente con los procedimientos seleccionados</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Print Procedure…</source>
        <translation>Im&amp;primir procedimiento…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>&amp;Education Log</source>
        <translation>&amp;Registro de educación</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find Procedure</source>
        <translation>&amp;Buscar procedimiento</translation>
    </message>
    <message>
        <source>Next &amp;Match</source>
        <translation>Si&amp;guiente coincidencia</translation>
    </message>
    <message>
        <source>Go to the next matched word in the open tab</source>
        <translation>Ir a la siguiente palabra encontrada en la pestaña abierta</translation>
    </message>
    <message>
        <source>Pre&amp;vious Match</source>
        <translation>Coincidencia a&amp;nterior</translation>
    </message>
    <message>
        <source>Go to the previous matched word in the open tab</source>
        <translation>Ir a la palabra encontrada anterior en la pestaña abierta</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;About Careleaf</source>
        <translation>Acerca &amp;de Careleaf</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>Filtro de idioma</translation>
    </message>
    <message>
        <source>Show only procedures that have a version in this language</source>
        <translation>Mostrar solo los procedimientos que tienen una versión en este idioma</translation>
    </message>
    <message>
        <source>Move Divider &amp;Left</source>
        <translation>Mover el divisor a la &amp;izquierda</translation>
    </message>
    <message>
        <source>Move the divider between the list and the reading pane to the left</source>
        <translation>Mover a la izquierda el divisor entre la lista y el panel de lectura</translation>
    </message>
    <message>
        <source>Move Divider &amp;Right</source>
        <translation>Mover el divisor a la &amp;derecha</translation>
    </message>
    <message>
        <source>Move the divider between the list and the reading pane to the right</source>
        <translation>Mover a la derecha el divisor entre la lista y el panel de lectura</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation>Hojas informativas</translation>
    </message>
    <message>
        <source>Clinic letterhead (printed on every handout)</source>
        <translation>Membrete de la clínica (se imprime en todas las hojas informativas)</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nombre de la clínica:</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation>Dirección de la clínica</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>Teléfono de la clínica</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logotipo:</translation>
    </message>
    <message>
        <source>Logo image file</source>
        <translation>Archivo de imagen del logotipo</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose logo image</source>
        <translation>Elegir la imagen del logotipo</translation>
    </message>
    <message>
        <source>Headin&amp;g colour:</source>
        <translation>Colo&amp;r de los títulos:</translation>
    </message>
    <message>
        <source>Heading colour</source>
        <translation>Color de los títulos</translation>
    </message>
    <message>
        <source>The colour of headings on handouts, darkened where needed to print legibly</source>
        <translation>El color de los títulos en las hojas informativas, oscurecido cuando hace falta para que se lea bien al imprimir</translation>
    </message>
    <message>
        <source>Careleaf&apos;s &amp;own</source>
        <translation>C&amp;olor de Careleaf</translation>
    </message>
    <message>
        <source>Use Careleaf&apos;s own heading colour</source>
        <translation>Color de Careleaf para los títulos</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>&amp;This computer (the library file on this workstation)</source>
        <translation>&amp;Esta computadora (el archivo de biblioteca de esta estación de trabajo)</translation>
    </message>
    <message>
        <source>&amp;Clinic server (PostgreSQL, shared by every workstation)</source>
        <translation>&amp;Servidor de la clínica (PostgreSQL, compartido por todas las estaciones de trabajo)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>db.clinic.local</source>
        <translation>db.clinic.local</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Host del servidor</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Puerto del servidor</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>careleaf</source>
        <translation>careleaf</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Nombre de la base de datos</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>careleaf_workstation</source>
        <translation>careleaf_workstation</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Careleaf never stores a password: it reads it from ~/.pgpass (or the file PGPASSFILE names), as psql does. Your IT admin sets this up.</source>
        <translation>Careleaf nunca guarda la contraseña: la lee de ~/.pgpass (o del archivo que indique PGPASSFILE), igual que psql. El administrador de TI se encarga de configurarlo.</translation>
    </message>
    <message>
        <source>T&amp;est Connection</source>
        <translation>Probar cone&amp;xión</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Careleaf spea&amp;ks:</source>
        <translation>&amp;Idioma de Careleaf:</translation>
    </message>
    <message>
        <source>Takes effect the next time Careleaf starts. Handouts print in each patient&apos;s language, chosen when you compose one.</source>
        <translation>Se aplica la próxima vez que se inicie Careleaf. Las hojas informativas se imprimen en el idioma de cada paciente, que se elige al prepararlas.</translation>
    </message>
    <message>
        <source>Careleaf speaks</source>
        <translation>Idioma de Careleaf</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the library at LOCATION: a SQLite file (a new file starts empty) or the clinic server (postgresql://USER@HOST[:PORT]/DBNAME or service=NAME; the password comes from ~/.pgpass). Default: $CARELEAF_DB, then Preferences &gt; Library, otherwise %1.</source>
        <translation>Abre la biblioteca en LOCATION: un archivo SQLite (un archivo nuevo empieza vacío) o el servidor de la clínica (postgresql://USER@HOST[:PORT]/DBNAME o service=NAME; la contraseña se toma de ~/.pgpass). Predeterminado: $CARELEAF_DB, después Preferencias &gt; Biblioteca y, si no, %1.</translation>
    </message>
    <message>
        <source>Patient-education procedures for clinic staff: search, read, print.</source>
        <translation>Educación del paciente sobre procedimientos, para el personal de la clínica: buscar, leer, imprimir.</translation>
    </message>
    <message>
        <source>there is no desktop to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set): start Careleaf in a desktop session, or use careleaf-cli here</source>
        <translation>no hay un escritorio donde abrir una ventana (no están definidas ni DISPLAY ni WAYLAND_DISPLAY): inicie Careleaf en una sesión de escritorio, o use aquí careleaf-cli</translation>
    </message>
</context>
</TS>
