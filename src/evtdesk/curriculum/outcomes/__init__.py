"""What the trainee's own cases show, judged once for the engine and the quality view.

The quality targets (Q1 every EVT registered, Q2 EVT a year once trained, Q4 logistics on
a par with the national figures) are items the engine judges and figures the quality
view shows; to be one judge, both call these pure functions of model entries. They live
in `curriculum` because the quality view may read the curriculum and never the reverse.
"""
