"""The social security card (also called the human resources and social security card).

The facts are module constants so that the FAQs can quote the very same statements.
"""

from __future__ import annotations

from bot.i18n import N_
from bot.knowledge.model import Card, Fact, frozen_map

OFFICIAL_NAME = Fact(
    N_(
        "Its official name is \"Social Security Card of the People's Republic of China\". "
        "The human resources and social security card is the same card under another name."
    ),
    ("s3",),
)
IC_CARD = Fact(
    N_(
        "It is an integrated circuit (IC) card designed by the Ministry of Human Resources "
        "and Social Security and used across all the business fields of human resources and "
        "social security. It is meant to be \"one card for multiple purposes\" and usable "
        "everywhere."
    ),
    ("s3",),
    ("ssc-2", "ssc-4"),
)
PROOF_OF_INSURANCE = Fact(
    N_(
        "It is a voucher of participation in social insurance: it mainly proves that the "
        "cardholder takes part in social insurance."
    ),
    ("s2",),
)
ELECTRONIC_CREDENTIAL = Fact(
    N_(
        "It is the electronic credential with which cardholders enjoy their social security "
        "rights and public employment services, and the electronic voucher of workers in the "
        "field of labor security."
    ),
    ("s2", "s3"),
    ("ssc-2",),
)
ISSUED_BY_HRSS = Fact(
    N_(
        "It is issued by the human resources and social security departments: the local "
        "departments issue it to the public, to the people who take part in social insurance."
    ),
    ("s0", "s1", "s2", "s3"),
    ("ssc-3",),
)
MANAGED_BY_HRSS = Fact(
    N_(
        "It is managed by the human resources and social security departments: the Ministry "
        "nationwide, and the provincial and municipal departments in their regions, whose "
        "information management institutions handle card issuance and technical management."
    ),
    ("s0", "s3"),
    ("ssc-3",),
)
PROTECTS_RIGHTS = Fact(
    N_(
        "It protects citizens' rights and interests in pension, medical care and "
        "unemployment, and helps the social insurance system run smoothly."
    ),
    ("s0",),
    tasks=("pension", "unemployment"),
)
MORE_THAN_MEDICAL = Fact(
    N_(
        "It has all the functions of the medical insurance card, and it is also an important "
        "voucher for handling other social security business, such as receiving unemployment "
        "benefits."
    ),
    ("s1",),
    tasks=("unemployment",),
)
BASIC_FUNCTIONS = Fact(
    N_(
        "Its basic functions are recording information, querying information and handling "
        "business."
    ),
    ("s3",),
    ("ssc-2",),
    tasks=("contributions",),
)
USES = Fact(
    N_(
        "With it you can see a doctor and settle your medical insurance personal account, "
        "buy medicines at designated pharmacies, handle pension insurance affairs, register "
        "as a job seeker or as unemployed, apply for unemployment insurance benefits and "
        "vocational training, and apply for a work capacity appraisal and for work-related "
        "injury benefits."
    ),
    ("s2",),
    tasks=("hospital", "pharmacy", "pension", "unemployment", "injury"),
)
QUERIES = Fact(
    N_(
        "You can use it to check your pension, unemployment, medical, work-related injury "
        "and maternity insurance contributions and the accumulated totals of your pension and "
        "medical insurance, at the social security bureau or online. In the future you will "
        "also be able to handle labor and social security affairs online with it."
    ),
    ("s2",),
    ("sil-74",),
    tasks=("contributions",),
)
IDENTIFICATION = Fact(
    N_(
        "It can also serve as identification, and for real-time settlement of medical "
        "insurance, pension insurance and unemployment registration."
    ),
    ("s4",),
    tasks=("identity",),
)
SCOPE_WIDE = Fact(
    N_(
        "It is used widely across social insurance: to receive pensions, to get medical "
        "expenses reimbursed and to apply for unemployment insurance benefits."
    ),
    ("s0", "s2"),
    tasks=("pension", "reimburse", "unemployment"),
)
SCOPE_MEDICAL = Fact(
    N_(
        "Once you take part in basic medical insurance, you can use it at designated "
        "hospitals and designated pharmacies to pay from your medical insurance personal "
        "account."
    ),
    ("s2",),
    tasks=("hospital", "pharmacy"),
)
GET_BY_JOINING = Fact(
    N_(
        "You get a personal social security card after you join social security. The "
        "conditions to get it are not the same as for the citizen card."
    ),
    ("s2", "s4"),
    tasks=("getsocial",),
)
TWO_TYPES = Fact(
    N_(
        "There are two types: the social security (personal) card, issued to urban workers, "
        "the unemployed and retirees, and the social security (employer) card, issued to "
        "employers."
    ),
    ("s2",),
    tasks=("getsocial",),
)
EMPLOYER_APPLIES = Fact(
    N_(
        "If you work for an employer, the employer must enrol you in social insurance, apply "
        "for a social security card for you when you are hired, and pay the social insurance "
        "premiums every month."
    ),
    ("s1",),
    ("sil-58",),
    tasks=("getsocial",),
)
RECORDS_BASIC = Fact(
    N_(
        "It records your name, identity card number, date of birth, gender, ethnicity, place "
        "of domicile and other basic information. The card face shows your "
        "name, gender, ID number, expiry date and photo, and it can also carry a bank card "
        "number, which makes it like a second ID card."
    ),
    ("s2", "s3"),
    tasks=("identity",),
)
RECORDS_INSURANCE = Fact(
    N_(
        "It records your personal social insurance information: your status (employed, "
        "unemployed, retired and so on), contributions, pension and medical insurance "
        "personal accounts, vocational qualifications and skills, employment history, "
        "work-related injuries and occupational diseases, and the degree of any resulting "
        "disability."
    ),
    ("s0", "s2"),
)
KEY_MANAGEMENT = Fact(
    N_(
        "It is protected by a strict key management and approval system, so its security "
        "level is high."
    ),
    ("s1",),
)
SAFETY_REQUIREMENTS = Fact(
    N_(
        "Every locality must issue it to the requirements of safety, integrity and public "
        "welfare, under unified national standards."
    ),
    ("s3",),
    ("ssc-4",),
)
PHYSICAL = Fact(
    N_("It is a physical card with an integrated circuit chip."),
    ("s3", "s4"),
)
LEGAL_MEASURES = Fact(
    N_(
        "The Administrative Measures on Social Security Cards govern how the card is issued, "
        "used and managed, to protect cardholders' rights and improve human resources and "
        "social security services."
    ),
    ("s3",),
    ("ssc-1", "ssc-2", "ssc-3", "ssc-4"),
)
LEGAL_SIL = Fact(
    N_(
        "The Social Insurance Law sets up the social insurance system the card serves; it "
        "obliges employers to register their employees within 30 days, makes the personal "
        "social security number the citizen's identity number, requires the social insurance "
        "agencies to keep each person's records and let them check them free of charge, and "
        "provides for a national social insurance information system."
    ),
    ("s0", "s1", "s2"),
    ("sil-2", "sil-58", "sil-74", "sil-75"),
)

SOCIAL = Card(
    id="social",
    name=N_("Social security card"),
    short_name=N_("Social security card"),
    other_names=(
        N_("Human resources and social security card"),
        N_("Social Security Card of the People's Republic of China"),
    ),
    aliases_en=(
        "social security card",
        "ss card",
        "ssc",
        "social card",
        "social insurance card",
        "human resources and social security card",
        "hrss card",
        "hr and social security card",
        "social security card of the people's republic of china",
    ),
    aliases_es=(
        "tarjeta de seguridad social",
        "tarjeta de la seguridad social",
        "tarjeta del seguro social",
        "tarjeta de seguro social",
        "tarjeta social",
        "tarjeta de recursos humanos y seguridad social",
    ),
    points=frozen_map(
        {
            "what": (OFFICIAL_NAME, IC_CARD, PROOF_OF_INSURANCE, ELECTRONIC_CREDENTIAL),
            "issuer": (ISSUED_BY_HRSS,),
            "manager": (MANAGED_BY_HRSS,),
            "function": (
                PROTECTS_RIGHTS, MORE_THAN_MEDICAL, BASIC_FUNCTIONS, USES, QUERIES,
                IDENTIFICATION,
            ),
            "scope": (SCOPE_WIDE, SCOPE_MEDICAL),
            "eligibility": (GET_BY_JOINING, TWO_TYPES, EMPLOYER_APPLIES),
            "records": (RECORDS_BASIC, RECORDS_INSURANCE),
            "security": (KEY_MANAGEMENT, SAFETY_REQUIREMENTS),
            "form": (PHYSICAL,),
            "legal": (LEGAL_MEASURES, LEGAL_SIL),
        }
    ),
)
