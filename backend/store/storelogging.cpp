#include "storelogging.h"

Q_LOGGING_CATEGORY(lcStore, "rras.store")
