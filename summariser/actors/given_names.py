"""Common given names: a name opening with one is a person's ("Paul", "John Major"), and a
bare one that speaks is a person, where a bare unknown word that speaks is as often a company
or a club ("Newmont said").

General world knowledge, hand-written: frequent first names of the languages most often in
international news. A name missing here is still found; it only lacks this evidence.
"""

from __future__ import annotations

# (One string split: the list reads as prose, a name a word.)
GIVEN_NAMES = frozenset(
    """
    Aaron Abdul Abdullah Abraham Adam Adrian Ahmad Ahmed Alan Albert Alberto Alejandro Alex
    Alexander Alexandra Alexei Alfred Ali Alice Alison Allan Amanda Amy Ana Anders Andre
    Andrea Andreas Andrei Andrew Andy Angela Angelo Ann Anna Anne Anthony Antoine Antonio
    Arnold Arthur Barbara Barry Ben Benjamin Bernard Bill Billy Bob Boris Brad Brendan Brian
    Bruce Bruno Carl Carla Carlos Carol Caroline Catherine Charles Charlie Chris Christian
    Christina Christine Christopher Claire Claude Colin Craig Daniel Danny Dave David Dean
    Denis Dennis Derek Diana Diane Dick Dieter Dmitry Dominic Don Donald Doug Douglas Duncan
    Ed Eddie Edward Elena Elizabeth Ellen Emily Emma Emmanuel Eric Erik Eva Fabio Felipe
    Fernando Francesco Francis Francisco Frank Franz Fred Frederick Gary Geoff Geoffrey
    Georg George Gerald Gerhard Giovanni Giuseppe Glenn Gordon Graham Greg Gregory Hans
    Harold Harry Hassan Heinz Helen Helmut Henry Hugh Hussein Ian Igor Isabel Ivan Jack
    Jacques Jake James Jan Jane Janet Jason Javier Jean Jeff Jennifer Jeremy Jessica Jim
    Jimmy Joan Joanne Joe Johan John Johnny Jon Jonathan Jorge Jose Joseph Josh Juan Judith
    Julia Julian Julie Jurgen Karen Karl Kate Katherine Kathy Keith Kevin Khalid Kim Klaus
    Kurt Larry Laura Lee Leon Leonard Lisa Louis Louise Luca Lucy Luis Luke Manuel Marc
    Marco Margaret Maria Marie Mario Mark Markus Martin Mary Matt Matthew Maurice Max Megan
    Mehmet Melanie Melissa Michael Michel Michelle Miguel Mike Mikhail Mohamed Mohammad
    Mohammed Muhammad Nancy Neil Nicholas Nick Nicola Nicolas Nigel Nikolai Oleg Oliver
    Olivier Omar Oscar Pablo Paolo Pascal Patricia Patrick Paul Pedro Peggy Peter Phil
    Philip Philippe Phillip Pierre Rachel Rafael Ralph Raymond Rebecca Richard Rick Rob
    Robert Roberto Robin Roger Ron Ronald Rose Ross Roy Ruth Ryan Sally Sam Samuel Sandra
    Sarah Scott Sean Sebastian Sergei Sergey Sergio Sharon Simon Stefan Stephen Steve Steven
    Susan Sylvia Terry Thomas Tim Timothy Tom Tommy Tony Tracy Victor Viktor Vincent
    Vladimir Walter Wayne Werner William Wolfgang Yuri Zoe
    """.split()  # noqa: SIM905
)
