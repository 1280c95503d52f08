#include "resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE declares the initialiser in the enclosing namespace, so it must be used from
// the global namespace.
static void initIconResources()
{
    Q_INIT_RESOURCE(icons);
}

void Resources::init()
{
    // Registering twice would only duplicate the entries; a function-local static runs it once,
    // thread-safely.
    static const bool registered = (initIconResources(), true);
    Q_UNUSED(registered);
}
