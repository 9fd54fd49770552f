// The ActorGraphStore module.
