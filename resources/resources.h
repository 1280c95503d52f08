#pragma once

// The icon set lives in a static library: nothing in it is referenced by name, so a linker would
// drop its resource data unless someone asks for it. Resources::init() does that (once).
namespace Resources {
void init();
} // namespace Resources
