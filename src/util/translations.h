// Loads Careleaf's compiled translations (resources/translations) for the user's locale.
#pragma once

namespace Careleaf {

// Installs the translator on the running application. English is loaded for English locales
// too: it holds the plural forms of "%n" strings.
void installTranslations();

} // namespace Careleaf
