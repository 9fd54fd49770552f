// The GraphvizRendering module.
