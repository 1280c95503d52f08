#include "modelslogging.h"

Q_LOGGING_CATEGORY(lcModels, "rras.models")
