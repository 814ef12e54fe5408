"""What people need to do, grouped; which cards serve each task comes from the facts' tags.

A task here is one the sources speak to. Its screen lists the facts tagged with it, card by card,
then the cards people mistake for the right one (each with the fact that says why not), then the
facts that say the answer depends on the city.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.i18n import N_
from bot.knowledge.citizen_card import CONVERGING
from bot.knowledge.comparisons import HEALTH_SOCIAL
from bot.knowledge.comparisons_citizen_electronic import CITIZEN_SOCIAL, EMEDICAL_ESOCIAL
from bot.knowledge.esocial_card import ESOCIAL_FUNCTION
from bot.knowledge.medical_card import MEDICAL_FUNCTION, MEDICAL_REPLACED
from bot.knowledge.model import Mistake, Task, TaskGroup, frozen_map

_GROUPS = (
    TaskGroup("care", N_("🏥 Health care")),
    TaskGroup("money", N_("💰 Money")),
    TaskGroup("life", N_("🚇 Daily life")),
    TaskGroup("getcard", N_("🪪 Getting a card")),
)

_REPLACED = Mistake("medical", MEDICAL_REPLACED)
_ONLY_MEDICAL = Mistake("medical", MEDICAL_FUNCTION)
_CITY = (CONVERGING,)

_TASKS = (
    Task("hospital", "care", N_("See a doctor or pay at a hospital"), (_REPLACED,), _CITY),
    Task("pharmacy", "care", N_("Buy medicine at a pharmacy"), (_REPLACED,), _CITY),
    Task(
        "reimburse", "care", N_("Get medical expenses reimbursed"),
        (Mistake("health", HEALTH_SOCIAL.differences["scope"]),),
    ),
    Task(
        "healthfile", "care", N_("Look up your health file"),
        (Mistake("social", HEALTH_SOCIAL.differences["what"]),),
    ),
    Task(
        "online", "care", N_("Medical insurance business online"),
        (Mistake("esocial", ESOCIAL_FUNCTION),),
    ),
    Task("pension", "money", N_("Draw a pension"), (_ONLY_MEDICAL,)),
    Task("unemployment", "money", N_("Claim unemployment benefits"), (_ONLY_MEDICAL,)),
    Task("injury", "money", N_("Work-related injury benefits"), (_ONLY_MEDICAL,)),
    Task(
        "contributions", "money", N_("Check what has been paid in"),
        (Mistake("citizen", CITIZEN_SOCIAL.differences["what"]),),
    ),
    Task(
        "transport", "life", N_("Take the bus or the subway"),
        (Mistake("social", CITIZEN_SOCIAL.differences["scope"]),), _CITY,
    ),
    Task(
        "services", "life", N_("Use local public services"),
        (Mistake("social", CITIZEN_SOCIAL.differences["issuer"]),), _CITY,
    ),
    Task("identity", "life", N_("Prove who you are"), (), _CITY),
    Task(
        "getsocial", "getcard", N_("Get a social security card"),
        (Mistake("citizen", CITIZEN_SOCIAL.differences["eligibility"]),),
    ),
    Task(
        "getesocial", "getcard", N_("Get the electronic social security card"),
        (Mistake("emedical", EMEDICAL_ESOCIAL.differences["eligibility"]),),
    ),
    Task(
        "getemedical", "getcard", N_("Get the electronic medical insurance certificate"),
        (Mistake("esocial", EMEDICAL_ESOCIAL.differences["eligibility"]),),
    ),
    Task(
        "getcitizen", "getcard", N_("Get a citizen card"),
        (Mistake("social", CITIZEN_SOCIAL.differences["eligibility"]),), _CITY,
    ),
)  # fmt: skip

TASK_GROUPS: Mapping[str, TaskGroup] = frozen_map({group.id: group for group in _GROUPS})
TASKS: Mapping[str, Task] = frozen_map({task.id: task for task in _TASKS})
