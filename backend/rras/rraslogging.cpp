#include "rraslogging.h"

Q_LOGGING_CATEGORY(lcRras, "rras.rras")
