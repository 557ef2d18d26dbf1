#!/usr/bin/env python
"""Build the compact gazetteers under ``newsnlp/data/people/``.

Reads the public lexicons in ``../shared/data/stance/lexicons`` (see their
README for sources and licences) and writes small JSON files that
``newsnlp.people`` loads lazily at run time. The package never reads the
lexicon folder itself.

    python scripts/build_gazetteers.py --lexicons ../shared/data/stance/lexicons

Hand-written rules (title aliases, organisation aliases, AP state
abbreviations) live in this script so that the whole data set is rebuilt
from one place; they are newsnlp's own work.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import Dict, List, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsnlp._datafile import write_model  # noqa: E402
from newsnlp.people._lexicon import GAZETTEER_VERSION  # noqa: E402

OUT = ROOT / "newsnlp" / "data" / "people"

# AP style state abbreviations (and a few common variants) -> postal code.
AP_STATES: Dict[str, str] = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Cal.": "CA", "Colo.": "CO",
    "Conn.": "CT", "Del.": "DE", "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN",
    "Kan.": "KS", "Kans.": "KS", "Ky.": "KY", "La.": "LA", "Md.": "MD", "Mass.": "MA",
    "Mich.": "MI", "Minn.": "MN", "Miss.": "MS", "Mo.": "MO", "Mont.": "MT", "Neb.": "NE",
    "Nebr.": "NE", "Nev.": "NV", "N.H.": "NH", "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY",
    "N.C.": "NC", "N.D.": "ND", "Okla.": "OK", "Ore.": "OR", "Oreg.": "OR", "Pa.": "PA",
    "Penn.": "PA", "R.I.": "RI", "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN", "Tex.": "TX",
    "Vt.": "VT", "Va.": "VA", "Wash.": "WA", "W.Va.": "WV", "W. Va.": "WV", "Wis.": "WI",
    "Wisc.": "WI", "Wyo.": "WY", "D.C.": "DC",
}

# Canonical title -> (level or None, ambiguous, aliases). Levels are the
# default when no cue (U.S., state, county, a place) says otherwise.
TITLES: Dict[str, tuple] = {
    "President": ("federal", True, ["President", "Pres.", "President-elect"]),
    "Vice President": ("federal", True, ["Vice President", "Vice-President", "VP", "Vice President-elect"]),
    "Attorney General": ("federal", True, ["Attorney General", "Attorney-General", "AG", "Atty. Gen.",
                                           "U.S. Attorney General", "United States Attorney General"]),
    "Deputy Attorney General": ("federal", True, ["Deputy Attorney General"]),
    "Assistant Attorney General": ("federal", True, ["Assistant Attorney General"]),
    "U.S. Attorney": ("federal", False, ["U.S. Attorney", "United States Attorney", "US Attorney", "federal prosecutor"]),
    "Secretary of State": ("federal", True, ["Secretary of State"]),
    "Secretary of Homeland Security": ("federal", False, ["Secretary of Homeland Security", "Homeland Security Secretary", "DHS Secretary"]),
    "Secretary of Defense": ("federal", False, ["Secretary of Defense", "Defense Secretary"]),
    "Secretary of the Treasury": ("federal", False, ["Secretary of the Treasury", "Treasury Secretary"]),
    "Secretary of Health and Human Services": ("federal", False, ["Secretary of Health and Human Services", "Health and Human Services Secretary", "HHS Secretary"]),
    "Secretary of Education": ("federal", True, ["Secretary of Education", "Education Secretary"]),
    "Secretary of the Interior": ("federal", False, ["Secretary of the Interior", "Interior Secretary"]),
    "Secretary of Labor": ("federal", True, ["Secretary of Labor", "Labor Secretary"]),
    "Secretary of Agriculture": ("federal", True, ["Secretary of Agriculture", "Agriculture Secretary"]),
    "Secretary of Commerce": ("federal", False, ["Secretary of Commerce", "Commerce Secretary"]),
    "Secretary of Energy": ("federal", False, ["Secretary of Energy", "Energy Secretary"]),
    "Secretary of Transportation": ("federal", True, ["Secretary of Transportation", "Transportation Secretary"]),
    "Secretary of Veterans Affairs": ("federal", False, ["Secretary of Veterans Affairs", "Veterans Affairs Secretary", "VA Secretary"]),
    "Secretary of Housing and Urban Development": ("federal", False, ["Secretary of Housing and Urban Development", "Housing Secretary", "HUD Secretary"]),
    "Secretary": ("federal", True, ["Secretary", "Sec."]),
    "White House Press Secretary": ("federal", False, ["White House Press Secretary"]),
    "Press Secretary": (None, True, ["Press Secretary"]),
    "White House Chief of Staff": ("federal", False, ["White House Chief of Staff"]),
    "Chief of Staff": (None, True, ["Chief of Staff"]),
    "Ambassador": (None, True, ["Ambassador"]),
    "Senator": ("federal", True, ["Senator", "Sen.", "U.S. Senator", "U.S. Sen.", "United States Senator", "Sens.", "Senators"]),
    "Representative": ("federal", True, ["Representative", "Rep.", "U.S. Representative", "U.S. Rep.", "Congressman", "Congresswoman", "Congressmember", "Member of Congress", "Reps."]),
    "Special Counsel": ("federal", True, ["Special Counsel"]),
    "Inspector General": ("federal", True, ["Inspector General"]),
    "Solicitor General": ("federal", True, ["Solicitor General"]),
    "Surgeon General": ("federal", False, ["Surgeon General"]),
    "Speaker of the House": ("federal", True, ["Speaker of the House", "House Speaker", "Speaker"]),
    "Majority Leader": ("federal", True, ["Majority Leader", "Senate Majority Leader", "House Majority Leader"]),
    "Minority Leader": ("federal", True, ["Minority Leader", "Senate Minority Leader", "House Minority Leader"]),
    "Majority Whip": ("federal", True, ["Majority Whip", "Senate Majority Whip", "House Majority Whip"]),
    "Minority Whip": ("federal", True, ["Minority Whip", "Senate Minority Whip", "House Minority Whip"]),
    # The Senate's president pro tempore (the states' senates have one too); written "pro tem" as often.
    "President Pro Tempore": ("federal", True, ["President pro tempore", "President pro tem", "Senate President pro tempore",
                                                "Senate President pro tem", "Speaker pro tempore", "Speaker pro tem"]),
    "Federal Judge": ("federal", False, ["Federal Judge", "District Judge", "U.S. District Judge", "U.S. District Court Judge", "Circuit Judge", "U.S. Circuit Judge", "Magistrate Judge", "U.S. Magistrate Judge", "Supreme Court Justice", "Chief Justice", "Justice"]),
    "Judge": (None, True, ["Judge", "Superior Court Judge", "Circuit Court Judge", "District Court Judge"]),
    "Governor": ("state", False, ["Governor", "Gov.", "Gov", "Governor-elect", "Gov.-elect"]),
    "Lieutenant Governor": ("state", False, ["Lieutenant Governor", "Lt. Gov.", "Lt. Governor", "Lieut. Gov."]),
    "State Senator": ("state", False, ["State Senator", "State Sen."]),
    "State Representative": ("state", False, ["State Representative", "State Rep.", "Assemblymember", "Assemblyman", "Assemblywoman", "Assembly Member", "Delegate", "Del."]),
    "State Treasurer": ("state", False, ["State Treasurer", "Treasurer"]),
    "Comptroller": ("state", True, ["Comptroller", "State Comptroller"]),
    "Mayor": ("local", False, ["Mayor", "Mayor-elect"]),
    "Deputy Mayor": ("local", False, ["Deputy Mayor"]),
    "City Council member": ("local", False, ["City Council member", "City Councilman", "City Councilwoman", "City Councilmember", "Council member", "Councilmember", "Councilman", "Councilwoman", "Councilor", "Councillor", "Council President", "City Council President", "Alderman", "Alderwoman", "Alderperson", "Ald.", "Selectman", "Selectwoman", "Supervisor"]),
    "City Manager": ("local", False, ["City Manager"]),
    "City Attorney": ("local", False, ["City Attorney", "City Solicitor"]),
    "County Executive": ("local", False, ["County Executive", "County Mayor"]),
    "County Judge": ("local", False, ["County Judge"]),
    "County Commissioner": ("local", False, ["County Commissioner", "County Supervisor", "Commissioner Court", "Freeholder"]),
    "Sheriff": ("local", False, ["Sheriff", "County Sheriff", "Undersheriff"]),
    "Police Chief": ("local", False, ["Police Chief", "Chief of Police", "Police Commissioner", "Police Superintendent", "Superintendent of Police", "Assistant Police Chief", "Deputy Police Chief"]),
    "District Attorney": ("local", False, ["District Attorney", "DA", "D.A.", "State's Attorney", "Prosecuting Attorney", "County Attorney", "County Prosecutor", "Commonwealth's Attorney"]),
    "School Superintendent": ("local", False, ["School Superintendent", "Schools Superintendent", "Superintendent of Schools"]),
    "Fire Chief": ("local", False, ["Fire Chief"]),
    "County Clerk": ("local", False, ["County Clerk", "City Clerk"]),
    "Borough President": ("local", False, ["Borough President"]),
    "Public Defender": ("local", True, ["Public Defender"]),
    # Ranks: generals, admirals and colonels are the armed forces' (federal unless a cue such as
    # "Oregon National Guard" says otherwise); lieutenants, sergeants and captains are as often police.
    "General": ("federal", True, ["Gen.", "Lt. Gen.", "Maj. Gen.", "Brig. Gen.", "Lieutenant General", "Major General",
                                  "Brigadier General"]),
    "Admiral": ("federal", True, ["Adm.", "Rear Adm.", "Vice Adm.", "Admiral", "Rear Admiral", "Vice Admiral"]),
    "Colonel": ("federal", True, ["Col.", "Lt. Col.", "Colonel", "Lieutenant Colonel"]),
    "Major": (None, True, ["Maj."]),
    "Captain": (None, True, ["Capt."]),
    "Lieutenant": (None, True, ["Lt.", "Lieut."]),
    "Sergeant": (None, True, ["Sgt.", "Staff Sgt.", "Sgt. Maj.", "Sergeant"]),
    "Prime Minister": ("other", False, ["Prime Minister", "Premier"]),
    "Foreign Minister": ("other", False, ["Foreign Minister", "Foreign Secretary"]),
    # ministers and the cabinet titles of other governments (the US says Attorney General, Secretary of
    # Homeland Security): "German Justice Minister X", "Puerto Rico Justice Secretary X", "Home Secretary X"
    "Minister": ("other", False, ["Minister", "Justice Minister", "Interior Minister", "Health Minister",
                                 "Finance Minister", "Defense Minister", "Defence Minister", "Justice Secretary",
                                 "Home Secretary"]),
    "Chancellor": ("other", False, ["Chancellor"]),
    "Tribal Chairman": ("other", False, ["Tribal Chairman", "Tribal Chairwoman", "Tribal Chair", "Principal Chief"]),
}

# Generic roles: a person or group whose level comes from a cue
# ("federal officials", "a spokesman for ICE", "Albuquerque police").
ROLES: List[str] = [
    "official", "officials", "officer", "officers", "agent", "agents", "authorities",
    "leader", "leaders", "lawmaker", "lawmakers", "legislator", "legislators",
    "spokesman", "spokeswoman", "spokesperson", "representative", "prosecutor", "prosecutors",
    "lawyer", "lawyers", "attorney", "attorneys", "director", "acting director", "deputy director",
    "commissioner", "administrator", "chairman", "chairwoman", "chair", "head", "chief",
    "aide", "aides", "employee", "employees", "staff", "deputies", "deputy", "investigators",
    "regulators", "administration officials", "judges", "governors", "mayors", "sheriffs",
    "senators", "congressmen", "police chiefs",
]

# Cue words before a title or role that fix its level.
MODIFIERS: Dict[str, str] = {
    "U.S.": "federal", "US": "federal", "United States": "federal", "federal": "federal",
    "Trump administration": "federal", "administration": "federal",
    "White House": "federal", "immigration": "federal", "congressional": "federal",
    "state": "state", "statewide": "state",
    "county": "local", "city": "local", "municipal": "local", "local": "local",
    "town": "local", "village": "local", "borough": "local", "township": "local",
    "tribal": "other", "foreign": "other",
    # Nationalities: "Ukrainian President", "Mexican officials" are not US government.
    **{nat: "other" for nat in (
        "Afghan", "Brazilian", "British", "Canadian", "Chinese", "Cuban", "Egyptian", "French", "German",
        "Indian", "Iranian", "Iraqi", "Israeli", "Italian", "Japanese", "Mexican", "North Korean",
        "Palestinian", "Russian", "Saudi", "South Korean", "Spanish", "Syrian", "Turkish", "Ukrainian",
        "Venezuelan", "Australian", "Salvadoran", "Guatemalan", "Honduran", "Colombian", "Pakistani",
        "Polish", "Dutch", "Irish", "Swedish", "Qatari", "Emirati", "Jordanian", "Lebanese", "Libyan",
    )},
}

# Presidents and vice presidents whom news names by last name alone ("Trump said"): only last
# names that no other president, vice president or member of Congress of the lists has, that
# are no place or common word, and that no other prominent office holder of 2010-2020 bore
# (Nixon, Bush, Cheney, Quayle, Vance, Ford and Rockefeller are left out for that reason).
BARE_LAST_NAMES = ["Truman", "Eisenhower", "Agnew", "Mondale", "Reagan", "Gore", "Biden", "Obama", "Pence", "Trump"]

# Organisation aliases that news uses but registries do not spell out.
# canonical -> (level, aliases)
ORG_ALIASES: Dict[str, tuple] = {
    "Justice Department": ("federal", ["Justice Department", "Department of Justice", "DOJ", "Justice Dept."]),
    "Department of Homeland Security": ("federal", ["Department of Homeland Security", "Homeland Security Department", "DHS", "Homeland Security"]),
    "Immigration and Customs Enforcement": ("federal", ["Immigration and Customs Enforcement", "U.S. Immigration and Customs Enforcement", "ICE"]),
    "Customs and Border Protection": ("federal", ["Customs and Border Protection", "U.S. Customs and Border Protection", "CBP"]),
    "Border Patrol": ("federal", ["Border Patrol", "U.S. Border Patrol"]),
    "Citizenship and Immigration Services": ("federal", ["Citizenship and Immigration Services", "USCIS"]),
    "Federal Bureau of Investigation": ("federal", ["Federal Bureau of Investigation", "FBI"]),
    # "Drug Enforcement Agency" and "Federal Protection Service" are common misnamings.
    "Drug Enforcement Administration": ("federal", ["Drug Enforcement Administration", "DEA", "Drug Enforcement Agency"]),
    "Bureau of Alcohol, Tobacco, Firearms and Explosives": ("federal", ["ATF", "Bureau of Alcohol, Tobacco, Firearms and Explosives"]),
    "U.S. Marshals Service": ("federal", ["U.S. Marshals Service", "Marshals Service", "U.S. Marshals"]),
    "Secret Service": ("federal", ["Secret Service", "U.S. Secret Service"]),
    "U.S. Park Police": ("federal", ["Park Police", "U.S. Park Police", "United States Park Police"]),
    "Federal Protective Service": ("federal", ["Federal Protective Service", "Federal Protection Service"]),
    # "VA" is also Virginia's postal code: newsnlp.people reads it as the department only after "the".
    "Department of Veterans Affairs": ("federal", ["Department of Veterans Affairs", "Veterans Affairs Department",
                                                   "Veterans Affairs", "VA", "U.S. Department of Veterans Affairs"]),
    "Marine Corps": ("federal", ["Marine Corps", "U.S. Marine Corps", "United States Marine Corps"]),
    "Transportation Security Administration": ("federal", ["Transportation Security Administration", "TSA"]),
    "Congressional Research Service": ("federal", ["Congressional Research Service"]),
    "Congressional Budget Office": ("federal", ["Congressional Budget Office", "CBO"]),
    "Government Accountability Office": ("federal", ["Government Accountability Office", "GAO"]),
    "Census Bureau": ("federal", ["Census Bureau", "U.S. Census Bureau"]),
    "Federal Reserve": ("federal", ["Federal Reserve"]),
    "National Institutes of Health": ("federal", ["National Institutes of Health", "NIH"]),
    "Bureau of Prisons": ("federal", ["Bureau of Prisons", "Federal Bureau of Prisons"]),
    "Environmental Protection Agency": ("federal", ["Environmental Protection Agency", "EPA"]),
    "Internal Revenue Service": ("federal", ["Internal Revenue Service", "IRS"]),
    "Centers for Disease Control and Prevention": ("federal", ["Centers for Disease Control and Prevention", "CDC"]),
    "Food and Drug Administration": ("federal", ["Food and Drug Administration", "FDA"]),
    "Federal Emergency Management Agency": ("federal", ["Federal Emergency Management Agency", "FEMA"]),
    "Department of Health and Human Services": ("federal", ["HHS", "Health and Human Services Department"]),
    "Department of Defense": ("federal", ["Pentagon", "Defense Department", "Department of Defense"]),
    "State Department": ("federal", ["State Department"]),
    # Bodies news names by initials or a short form that the registry does not hold.
    "Department of the Interior": ("federal", ["Department of the Interior", "Interior Department"]),
    "Department of Agriculture": ("federal", ["USDA", "Agriculture Department"]),
    "Central Intelligence Agency": ("federal", ["Central Intelligence Agency", "CIA"]),
    "National Security Agency": ("federal", ["National Security Agency", "NSA"]),
    "National Aeronautics and Space Administration": ("federal", ["National Aeronautics and Space Administration", "NASA"]),
    "Federal Aviation Administration": ("federal", ["Federal Aviation Administration", "FAA"]),
    "Federal Communications Commission": ("federal", ["Federal Communications Commission", "FCC"]),
    "Federal Trade Commission": ("federal", ["Federal Trade Commission", "FTC"]),
    "Federal Election Commission": ("federal", ["Federal Election Commission", "FEC"]),
    "Federal Housing Administration": ("federal", ["Federal Housing Administration", "FHA"]),
    "Coast Guard": ("federal", ["Coast Guard", "U.S. Coast Guard"]),
    "National Weather Service": ("federal", ["National Weather Service"]),
    "National Hurricane Center": ("federal", ["National Hurricane Center"]),
    "National Institute of Allergy and Infectious Diseases": ("federal", ["National Institute of Allergy and Infectious Diseases", "NIAID"]),
    "Centers for Medicare and Medicaid Services": ("federal", ["Centers for Medicare and Medicaid Services", "Centers for Medicare & Medicaid Services"]),
    "Fish and Wildlife Service": ("federal", ["Fish and Wildlife Service", "U.S. Fish and Wildlife Service"]),
    "Office of Refugee Resettlement": ("federal", ["Office of Refugee Resettlement"]),
    "Executive Office for Immigration Review": ("federal", ["Executive Office for Immigration Review", "immigration court", "immigration courts"]),
    "Department of Education": ("federal", ["Education Department"]),
    "Department of Housing and Urban Development": ("federal", ["HUD"]),
    "Treasury Department": ("federal", ["Treasury Department", "Treasury"]),
    "White House": ("federal", ["White House"]),
    "Congress": ("federal", ["Congress", "U.S. Congress"]),
    "U.S. Senate": ("federal", ["U.S. Senate", "Senate"]),
    "U.S. House of Representatives": ("federal", ["House of Representatives", "U.S. House", "House"]),
    "Supreme Court": ("federal", ["Supreme Court", "U.S. Supreme Court"]),
    "federal government": ("federal", ["federal government", "federal authorities", "federal court", "federal courts", "federal agents", "federal agencies"]),
    # One body per administration: "the Obama administration" in 2018 is a former one (see find_officials).
    **{f"{name} administration": ("federal", [f"{name} administration", f"{name} Administration"])
       for name in ("Trump", "Obama", "Biden", "Bush", "Clinton")},
    "Court of Appeals": ("federal", ["Court of Appeals", "Circuit Court of Appeals", "appeals court", "9th Circuit", "Ninth Circuit", "U.S. District Court", "federal district court"]),
    "state legislature": ("state", ["state legislature", "legislature", "Legislature", "General Assembly", "state Senate", "state House", "statehouse", "state assembly", "Assembly"]),
    "state government": ("state", ["state government", "governor's office", "state police", "State Police", "Highway Patrol", "National Guard", "state Supreme Court", "state court", "state courts", "Department of Corrections",
                                   # motor vehicles: a state agency in every state
                                   "Department of Motor Vehicles", "DMV", "Division of Motor Vehicles", "Bureau of Motor Vehicles",
                                   "Motor Vehicle Administration"]),
    "city council": ("local", ["city council", "City Council", "council", "Board of Aldermen", "county commission", "County Commission", "board of supervisors", "Board of Supervisors", "county board", "County Board", "Board of Commissioners", "commissioners court"]),
    "city government": ("local", ["city government", "city hall", "City Hall", "mayor's office", "county government", "local government", "local governments", "local police", "local law enforcement", "municipalities"]),
    "police department": ("local", ["police department", "Police Department", "police", "Police", "PD", "sheriff's office", "Sheriff's Office", "sheriff's department", "Sheriff's Department", "county jail", "county jails", "city jail", "Detention Center", "school board", "School Board", "school district", "School District", "Public Schools", "district attorney's office", "District Attorney's Office", "county court", "municipal court",
                                 "fire department", "Fire Department", "city attorney's office", "clerk's office",
                                 "transit authority", "Transit Authority",
                                 # city police forces by their initials
                                 "NYPD", "LAPD", "SFPD", "SDPD", "LVMPD"]),
}


# Registry names are kept only when they read as a body ("... Department",
# "Bureau of ...") so that sub-units such as "Other" or "Science and Technology" do
# not match ordinary words in running text.
_BODY_WORDS = frozenset(
    "department agency administration bureau service commission office board council corporation court "
    "courts institute authority patrol guard force police legislature senate house survey reserve foundation "
    "center centre corps marshals command army navy academy library archives mint laboratory "
    "directorate division assembly".split()
)
_KEEP_SINGLE = frozenset({"Army", "AmeriCorps"})


def _is_body(name: str) -> bool:
    words = name.replace(",", " ").split()
    if len(words) == 1:
        return name in _KEEP_SINGLE
    return any(w.lower() in _BODY_WORDS for w in words)


# Bodies named by a common noun that count only after a place or level cue
# ("Bernalillo County jails", "state prisons"; not "jail time").
QUALIFIED: Dict[str, str] = {"jail": "local", "jails": "local", "prison": "state", "prisons": "state", "detention center": "local",
                             # a state's (or a county's, when the word before it says so)
                             "Department of Health": "state", "Department of Public Health": "state",
                             # ("the most powerful prosecutor's office in the United States" is the Justice Department's)
                             "prosecutor's office": "local"}


# The short forms of given names news writes ("Dick Durbin", "Jerry Nadler") where the lexicon has no
# nickname: each member's first name -> the forms added as "<form> <last name>".
NICKNAMES: Dict[str, Tuple[str, ...]] = {
    "Richard": ("Dick",), "Robert": ("Bob",), "William": ("Bill",), "James": ("Jim",),
    "Charles": ("Chuck",), "Thomas": ("Tom",), "Michael": ("Mike",), "Joseph": ("Joe",),
    "Edward": ("Ed",), "Christopher": ("Chris",), "Daniel": ("Dan",), "Steven": ("Steve",),
    "Stephen": ("Steve",), "Timothy": ("Tim",), "Patrick": ("Pat",), "Gregory": ("Greg",),
    "Kenneth": ("Ken",), "Ronald": ("Ron",), "Donald": ("Don",), "Gerald": ("Jerry",),
    "Jerrold": ("Jerry",), "Matthew": ("Matt",), "Anthony": ("Tony",), "Nicholas": ("Nick",),
    "Benjamin": ("Ben",), "Samuel": ("Sam",), "Andrew": ("Andy",), "Frederick": ("Fred",),
    "Lawrence": ("Larry",), "Douglas": ("Doug",), "Randall": ("Randy",), "Russell": ("Russ",),
    "Theodore": ("Ted",), "Elizabeth": ("Liz",), "Katherine": ("Kathy",),
    "Deborah": ("Debbie",), "Margaret": ("Maggie",), "Patricia": ("Pat",), "Jacqueline": ("Jackie",),
}

# The names news uses for modern presidents and vice presidents (the registry
# has formal names such as "Joseph Biden", "William Clinton"). Written for newsnlp.
NEWS_NAMES: Dict[str, List[str]] = {
    "Joseph Biden": ["Joe Biden", "Joseph R. Biden", "Joseph R. Biden Jr.", "Joe Biden Jr."],
    "William Clinton": ["Bill Clinton", "William Jefferson Clinton", "William J. Clinton"],
    "James Carter": ["Jimmy Carter", "James Earl Carter"],
    "Richard Cheney": ["Dick Cheney"],
    "George Bush": ["George W. Bush", "George H.W. Bush", "George H. W. Bush", "George HW Bush"],
    "Albert Gore": ["Al Gore", "Albert Gore Jr."],
    "James Quayle": ["Dan Quayle"],
    "James David Vance": ["JD Vance", "J.D. Vance"],
    "Lyndon Johnson": ["Lyndon B. Johnson"],
    "Barack Obama": ["Barack H. Obama", "Barack Hussein Obama"],
    "Donald Trump": ["Donald J. Trump"],
    "Richard Nixon": ["Richard M. Nixon"],
    "Mike Pence": ["Michael Pence", "Michael R. Pence"],
    "John Kennedy": ["John F. Kennedy"],
    "Gerald Ford": ["Gerald R. Ford"],
    "Walter Mondale": ["Fritz Mondale"],
}


# Holders of federal offices whose titles states share, since 1961 (acting holders
# included). The lists are complete for that period, so "Attorney General X"
# with X not among them is a state attorney general. Written for newsnlp from
# the public record.
FEDERAL_HOLDERS: Dict[str, List[str]] = {
    "Attorney General": [
        "Robert F. Kennedy", "Nicholas Katzenbach", "Ramsey Clark", "John Mitchell", "Richard Kleindienst",
        "Elliot Richardson", "William Saxbe", "Edward Levi", "Griffin Bell", "Benjamin Civiletti",
        "William French Smith", "Edwin Meese", "Dick Thornburgh", "William Barr", "Stuart Gerson", "Janet Reno",
        "John Ashcroft", "Alberto Gonzales", "Peter Keisler", "Michael Mukasey", "Eric Holder", "Loretta Lynch",
        "Sally Yates", "Dana Boente", "Jeff Sessions", "Matthew Whitaker", "Jeffrey Rosen", "Monty Wilkinson",
        "Merrick Garland", "Pam Bondi",
    ],
    "Secretary of State": [
        "Dean Rusk", "William Rogers", "Henry Kissinger", "Cyrus Vance", "Edmund Muskie", "Alexander Haig",
        "George Shultz", "James Baker", "Lawrence Eagleburger", "Warren Christopher", "Madeleine Albright",
        "Colin Powell", "Condoleezza Rice", "Hillary Clinton", "John Kerry", "Rex Tillerson", "Mike Pompeo",
        "Antony Blinken", "Marco Rubio",
    ],
    "Speaker of the House": [
        "John McCormack", "Carl Albert", "Tip O'Neill", "Jim Wright", "Tom Foley", "Newt Gingrich",
        "Dennis Hastert", "Nancy Pelosi", "John Boehner", "Paul Ryan", "Kevin McCarthy", "Mike Johnson",
    ],
}


# Floor leaders of the Senate and the House since 1985 who are no longer in Congress (the members' list
# is current only), so that "Senate Majority Leader Harry Reid" stays federal in an article about a
# statehouse. Not a complete list of holders (George Mitchell is left out: a common last name), so it is
# not in FEDERAL_HOLDERS, whose lists make a holder outside them the state's. Written for newsnlp from the
# public record.
FORMER_FLOOR_LEADERS: List[str] = [
    "Bob Dole", "Trent Lott", "Tom Daschle", "Bill Frist", "Harry Reid", "Dick Gephardt", "Dick Armey",
    "Tom DeLay", "Roy Blunt", "John Boehner", "Eric Cantor", "Kevin McCarthy", "Bob Michel",
]

# Large cities abroad that US news names with their officials ("Paris Mayor Anne Hidalgo", "the mayor of
# London", "Toronto police"): their mayors, police and prosecutors are no US state's or town's (`other`).
# Only names whose US namesakes are small towns the news seldom means (Paris, Texas; Berlin, New
# Hampshire); left out because a US city of that name is often in the news: Athens, Birmingham, Cairo,
# Dublin, Lima, Manchester, Melbourne, Moscow (Idaho), Ottawa, Rome, Vancouver (Washington), Vienna; and
# names people often bear (Santiago, Sydney, Madrid, Lagos, Lisbon, Edmonton): a place word is no name
# word, so "Bryan Santiago" would lose his name.
# Written for newsnlp from general knowledge.
FOREIGN_CITIES: List[str] = [
    "London", "Paris", "Berlin", "Barcelona", "Brussels", "Prague", "Budapest", "Stockholm", "Oslo", "Copenhagen",
    "Helsinki", "Kyiv", "Kiev", "Istanbul", "Jerusalem", "Tel Aviv", "Beirut", "Baghdad", "Kabul", "Tehran",
    "Damascus", "Riyadh", "Dubai", "New Delhi", "Mumbai", "Karachi", "Beijing", "Shanghai", "Hong Kong", "Tokyo",
    "Seoul", "Pyongyang", "Taipei", "Manila", "Bangkok", "Jakarta", "Singapore", "Toronto", "Montreal", "Calgary",
    "Winnipeg", "Mexico City", "Tijuana", "Ciudad Juarez", "Ciudad Juárez", "Guadalajara", "Monterrey", "Havana",
    "Caracas", "Bogota", "Bogotá", "Buenos Aires", "Sao Paulo", "São Paulo", "Rio de Janeiro", "Nairobi",
    "Johannesburg", "Cape Town",
]

# Governors of the list below who held federal office too between 2009 and 2021, before or after (a cabinet
# post, an embassy, the vice presidency, or a seat in Congress they no longer hold, so not on the members'
# list): named without a title they are not taken for the governor. Written for newsnlp from the public record.
GOVERNORS_OTHER_FEDERAL: List[str] = [
    "Rick Perry", "Nikki Haley", "Sonny Perdue", "Jon Huntsman", "Terry Branstad", "Kathleen Sebelius",
    "Janet Napolitano", "Gary Locke", "Jennifer Granholm", "Gina Raimondo", "Mike Pence", "Joe Manchin",
    "Mark Sanford", "Charlie Crist", "Ron DeSantis", "Jared Polis", "Tim Walz", "Kristi Noem", "Jay Inslee",
    "Nathan Deal", "Mary Fallin", "Neil Abercrombie",
]

# United States senators who served at some time from 2009 through 2021 and had left the Senate by 2025 (so
# they are not on the current members' list), in the name forms the news uses: "Sen. Carl Levin" and a later
# "Sen. Levin" stay federal in an article about a statehouse. Those on another list here (floor leaders,
# Attorneys General, Secretaries of State, presidents and vice presidents) are left out. Written for newsnlp
# from the public record.
FORMER_SENATORS: List[str] = [
    "Luther Strange", "Doug Jones", "Richard Shelby", "Ted Stevens", "Mark Begich", "Jon Kyl", "John McCain",
    "Jeff Flake", "Martha McSally", "Kyrsten Sinema", "Blanche Lincoln", "Mark Pryor", "Barbara Boxer",
    "Dianne Feinstein", "Laphonza Butler", "Mark Udall", "Cory Gardner", "Chris Dodd", "Joe Lieberman",
    "Ted Kaufman", "Tom Carper", "Mel Martinez", "George LeMieux", "Bill Nelson", "Saxby Chambliss",
    "Johnny Isakson", "David Perdue", "Kelly Loeffler", "Daniel Inouye", "Daniel Akaka", "Roland Burris",
    "Mark Kirk", "Evan Bayh", "Richard Lugar", "Dan Coats", "Joe Donnelly", "Mike Braun", "Tom Harkin",
    "Sam Brownback", "Pat Roberts", "Jim Bunning", "Mary Landrieu", "David Vitter", "Olympia Snowe",
    "Barbara Mikulski", "Ben Cardin", "Ted Kennedy", "Edward Kennedy", "Paul Kirk", "Scott Brown", "Mo Cowan",
    "Carl Levin", "Debbie Stabenow", "Al Franken", "Norm Coleman", "Thad Cochran", "Kit Bond", "Claire McCaskill",
    "Roy Blunt", "Max Baucus", "John Walsh", "Jon Tester", "Ben Nelson", "Mike Johanns", "Ben Sasse",
    "John Ensign", "Dean Heller", "Judd Gregg", "Kelly Ayotte", "Frank Lautenberg", "Jeffrey Chiesa",
    "Bob Menendez", "Robert Menendez", "George Helmy", "Jeff Bingaman", "Tom Udall", "Richard Burr", "Kay Hagan",
    "Kent Conrad", "Byron Dorgan", "Heidi Heitkamp", "George Voinovich", "Sherrod Brown", "Rob Portman",
    "Tom Coburn", "Jim Inhofe", "Arlen Specter", "Pat Toomey", "Bob Casey", "Jim DeMint", "Tim Johnson",
    "Bob Corker", "Lamar Alexander", "Kay Bailey Hutchison", "Bob Bennett", "Orrin Hatch", "Mitt Romney",
    "Patrick Leahy", "Jim Webb", "Robert Byrd", "Carte Goodwin", "Joe Manchin", "Russ Feingold", "Herb Kohl",
    "Mike Enzi",
]

# Members of the House of Representatives often in the news from 2009 through 2021 who had left the House by
# 2025 for no office at another level (not a complete list, so "Rep. X" of someone not here still takes the
# article's lean), in the name forms the news uses. Written for newsnlp from the public record.
FORMER_REPRESENTATIVES: List[str] = [
    "Trey Gowdy", "Jason Chaffetz", "Devin Nunes", "Elijah Cummings", "John Lewis", "Justin Amash",
    "Adam Kinzinger", "Liz Cheney", "Will Hurd", "Beto O'Rourke", "Tulsi Gabbard", "Mark Meadows", "Matt Gaetz",
    "Steve King", "Louie Gohmert", "Bob Goodlatte", "Lamar Smith", "Peter King", "John Yarmuth", "Tim Ryan",
    "Jackie Speier", "Val Demings", "Cedric Richmond", "Marcia Fudge", "Deb Haaland", "Mick Mulvaney",
    "Jeb Hensarling", "Kevin Brady", "Mac Thornberry", "Jim Sensenbrenner", "Henry Waxman", "John Dingell",
    "Charles Rangel", "Charlie Rangel", "Barney Frank", "Anthony Weiner", "Michele Bachmann", "Ron Paul",
    "Dennis Kucinich", "Luis Gutierrez", "Joe Crowley", "Duncan Hunter", "Chris Collins", "George Santos",
    "Joe Kennedy III", "Peter DeFazio", "Ron Kind", "Tom Price",
]

# Governors of the 50 states in office at any time from 2009 through 2021, with the party they governed
# for (name variants the news uses first). Two are left out because their party changed in office
# (Lincoln Chafee of Rhode Island, Jim Justice of West Virginia). Written for newsnlp from the public record.
GOVERNORS: List[Tuple[List[str], str, str]] = [
    (["Bob Riley"], "Alabama", "Republican"), (["Robert Bentley"], "Alabama", "Republican"),
    (["Kay Ivey"], "Alabama", "Republican"),
    (["Sean Parnell"], "Alaska", "Republican"), (["Bill Walker"], "Alaska", "Independent"),
    (["Mike Dunleavy"], "Alaska", "Republican"),
    (["Jan Brewer"], "Arizona", "Republican"), (["Doug Ducey"], "Arizona", "Republican"),
    (["Mike Beebe"], "Arkansas", "Democratic"), (["Asa Hutchinson"], "Arkansas", "Republican"),
    (["Arnold Schwarzenegger"], "California", "Republican"), (["Jerry Brown", "Edmund G. Brown Jr."], "California", "Democratic"),
    (["Gavin Newsom"], "California", "Democratic"),
    (["Bill Ritter"], "Colorado", "Democratic"), (["John Hickenlooper"], "Colorado", "Democratic"),
    (["Jared Polis"], "Colorado", "Democratic"),
    (["Jodi Rell", "M. Jodi Rell"], "Connecticut", "Republican"),
    (["Dannel Malloy", "Dan Malloy", "Dannel P. Malloy"], "Connecticut", "Democratic"),
    (["Ned Lamont"], "Connecticut", "Democratic"),
    (["Jack Markell"], "Delaware", "Democratic"), (["John Carney"], "Delaware", "Democratic"),
    (["Charlie Crist"], "Florida", "Republican"), (["Rick Scott"], "Florida", "Republican"),
    (["Ron DeSantis"], "Florida", "Republican"),
    (["Sonny Perdue"], "Georgia", "Republican"), (["Nathan Deal"], "Georgia", "Republican"),
    (["Brian Kemp"], "Georgia", "Republican"),
    (["Linda Lingle"], "Hawaii", "Republican"), (["Neil Abercrombie"], "Hawaii", "Democratic"),
    (["David Ige"], "Hawaii", "Democratic"),
    (["Butch Otter", "C.L. Otter", "C. L. Otter"], "Idaho", "Republican"), (["Brad Little"], "Idaho", "Republican"),
    (["Pat Quinn"], "Illinois", "Democratic"), (["Bruce Rauner"], "Illinois", "Republican"),
    (["J.B. Pritzker", "JB Pritzker", "J. B. Pritzker"], "Illinois", "Democratic"),
    (["Mitch Daniels"], "Indiana", "Republican"), (["Mike Pence"], "Indiana", "Republican"),
    (["Eric Holcomb"], "Indiana", "Republican"),
    (["Chet Culver"], "Iowa", "Democratic"), (["Terry Branstad"], "Iowa", "Republican"),
    (["Kim Reynolds"], "Iowa", "Republican"),
    (["Mark Parkinson"], "Kansas", "Democratic"), (["Sam Brownback"], "Kansas", "Republican"),
    (["Jeff Colyer"], "Kansas", "Republican"), (["Laura Kelly"], "Kansas", "Democratic"),
    (["Steve Beshear"], "Kentucky", "Democratic"), (["Matt Bevin"], "Kentucky", "Republican"),
    (["Andy Beshear"], "Kentucky", "Democratic"),
    (["Bobby Jindal"], "Louisiana", "Republican"), (["John Bel Edwards"], "Louisiana", "Democratic"),
    (["John Baldacci"], "Maine", "Democratic"), (["Paul LePage"], "Maine", "Republican"),
    (["Janet Mills"], "Maine", "Democratic"),
    (["Martin O'Malley", "Martin O\u2019Malley"], "Maryland", "Democratic"), (["Larry Hogan"], "Maryland", "Republican"),
    (["Deval Patrick"], "Massachusetts", "Democratic"), (["Charlie Baker"], "Massachusetts", "Republican"),
    (["Jennifer Granholm"], "Michigan", "Democratic"), (["Rick Snyder"], "Michigan", "Republican"),
    (["Gretchen Whitmer"], "Michigan", "Democratic"),
    (["Tim Pawlenty"], "Minnesota", "Republican"), (["Mark Dayton"], "Minnesota", "Democratic"),
    (["Tim Walz"], "Minnesota", "Democratic"),
    (["Haley Barbour"], "Mississippi", "Republican"), (["Phil Bryant"], "Mississippi", "Republican"),
    (["Tate Reeves"], "Mississippi", "Republican"),
    (["Jay Nixon"], "Missouri", "Democratic"), (["Eric Greitens"], "Missouri", "Republican"),
    (["Mike Parson"], "Missouri", "Republican"),
    (["Brian Schweitzer"], "Montana", "Democratic"), (["Steve Bullock"], "Montana", "Democratic"),
    (["Greg Gianforte"], "Montana", "Republican"),
    (["Dave Heineman"], "Nebraska", "Republican"), (["Pete Ricketts"], "Nebraska", "Republican"),
    (["Jim Gibbons"], "Nevada", "Republican"), (["Brian Sandoval"], "Nevada", "Republican"),
    (["Steve Sisolak"], "Nevada", "Democratic"),
    (["John Lynch"], "New Hampshire", "Democratic"), (["Maggie Hassan"], "New Hampshire", "Democratic"),
    (["Chris Sununu"], "New Hampshire", "Republican"),
    (["Jon Corzine"], "New Jersey", "Democratic"), (["Chris Christie"], "New Jersey", "Republican"),
    (["Phil Murphy"], "New Jersey", "Democratic"),
    (["Bill Richardson"], "New Mexico", "Democratic"), (["Susana Martinez"], "New Mexico", "Republican"),
    (["Michelle Lujan Grisham"], "New Mexico", "Democratic"),
    (["David Paterson"], "New York", "Democratic"), (["Andrew Cuomo", "Andrew M. Cuomo"], "New York", "Democratic"),
    (["Bev Perdue", "Beverly Perdue"], "North Carolina", "Democratic"), (["Pat McCrory"], "North Carolina", "Republican"),
    (["Roy Cooper"], "North Carolina", "Democratic"),
    (["John Hoeven"], "North Dakota", "Republican"), (["Jack Dalrymple"], "North Dakota", "Republican"),
    (["Doug Burgum"], "North Dakota", "Republican"),
    (["Ted Strickland"], "Ohio", "Democratic"), (["John Kasich"], "Ohio", "Republican"),
    (["Mike DeWine"], "Ohio", "Republican"),
    (["Brad Henry"], "Oklahoma", "Democratic"), (["Mary Fallin"], "Oklahoma", "Republican"),
    (["Kevin Stitt"], "Oklahoma", "Republican"),
    (["Ted Kulongoski"], "Oregon", "Democratic"), (["John Kitzhaber"], "Oregon", "Democratic"),
    (["Kate Brown"], "Oregon", "Democratic"),
    (["Ed Rendell"], "Pennsylvania", "Democratic"), (["Tom Corbett"], "Pennsylvania", "Republican"),
    (["Tom Wolf"], "Pennsylvania", "Democratic"),
    (["Donald Carcieri"], "Rhode Island", "Republican"), (["Gina Raimondo"], "Rhode Island", "Democratic"),
    (["Mark Sanford"], "South Carolina", "Republican"), (["Nikki Haley"], "South Carolina", "Republican"),
    (["Henry McMaster"], "South Carolina", "Republican"),
    (["Mike Rounds"], "South Dakota", "Republican"), (["Dennis Daugaard"], "South Dakota", "Republican"),
    (["Kristi Noem"], "South Dakota", "Republican"),
    (["Phil Bredesen"], "Tennessee", "Democratic"), (["Bill Haslam"], "Tennessee", "Republican"),
    (["Bill Lee"], "Tennessee", "Republican"),
    (["Rick Perry"], "Texas", "Republican"), (["Greg Abbott"], "Texas", "Republican"),
    (["Jon Huntsman", "Jon Huntsman Jr."], "Utah", "Republican"), (["Gary Herbert"], "Utah", "Republican"),
    (["Spencer Cox"], "Utah", "Republican"),
    (["Jim Douglas"], "Vermont", "Republican"), (["Peter Shumlin"], "Vermont", "Democratic"),
    (["Phil Scott"], "Vermont", "Republican"),
    (["Tim Kaine"], "Virginia", "Democratic"), (["Bob McDonnell", "Robert McDonnell", "Robert F. McDonnell"], "Virginia", "Republican"),
    (["Terry McAuliffe"], "Virginia", "Democratic"), (["Ralph Northam"], "Virginia", "Democratic"),
    (["Chris Gregoire", "Christine Gregoire"], "Washington", "Democratic"), (["Jay Inslee"], "Washington", "Democratic"),
    (["Joe Manchin"], "West Virginia", "Democratic"), (["Earl Ray Tomblin"], "West Virginia", "Democratic"),
    (["Jim Doyle"], "Wisconsin", "Democratic"), (["Scott Walker"], "Wisconsin", "Republican"),
    (["Tony Evers"], "Wisconsin", "Democratic"),
    (["Dave Freudenthal"], "Wyoming", "Democratic"), (["Matt Mead"], "Wyoming", "Republican"),
    (["Mark Gordon"], "Wyoming", "Republican"),
]


def _read_csv(path: Path) -> List[Dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


def _state_level_titles(path: Path) -> Dict[str, str]:
    """Default levels of the shared title list, to cross-check ours."""
    return {row["title"]: row["level"] for row in _read_csv(path)}


def build(lexicons: Path, out: Path) -> Dict[str, int]:
    out.mkdir(parents=True, exist_ok=True)
    states = _read_csv(lexicons / "us_states.csv")
    code_to_name = {r["code"]: r["name"] for r in states}
    places = {
        "states": {r["code"]: r["name"] for r in states},
        "state_abbreviations": AP_STATES,
        "counties": {},
        "cities": {},
        "foreign_cities": FOREIGN_CITIES,
    }
    # Counties: name -> state code, or "" when several states share the name.
    counties: Dict[str, str] = {}
    for r in _read_csv(lexicons / "us_counties.csv"):
        name = r["name"]
        counties[name] = r["state"] if name not in counties or counties[name] == r["state"] else ""
    places["counties"] = dict(sorted(counties.items()))
    # Cities: keep the most populous place for each name; state names win.
    cities: Dict[str, tuple] = {}
    for r in _read_csv(lexicons / "us_cities_15000.csv"):
        name, pop = r["name"], int(r["population"] or 0)
        if name in code_to_name.values():
            continue
        if name not in cities or pop > cities[name][1]:
            cities[name] = (r["state"], pop)
    places["cities"] = {k: v[0] for k, v in sorted(cities.items())}

    # Organisations: federal agencies + bureaus and federal/state .gov registrants.
    orgs: Dict[str, str] = {}
    for r in _read_csv(lexicons / "us_federal_agencies.csv"):
        for name in (r["Agency"], r["Bureau"]):
            name = " ".join(name.split())
            if name and _is_body(name):
                orgs[name] = "federal"
    for r in _read_csv(lexicons / "us_gov_organizations.csv"):
        if r["level"] not in ("federal", "state", "tribal", "interstate"):
            continue
        level = r["level"] if r["level"] in ("federal", "state") else "other"
        for name in (r["organization"], r["suborganization"]):
            name = " ".join(name.split())
            if len(name) >= 4 and not name.islower() and name not in orgs and _is_body(name):
                orgs[name] = level
    # "Department of X" is written "X Department" in news.
    for name, level in list(orgs.items()):
        if name.startswith("Department of ") and " " not in name[14:].strip():
            orgs.setdefault(name[14:] + " Department", level)
    organizations = {
        "qualified": QUALIFIED,
        "aliases": {canon: [lvl, aliases] for canon, (lvl, aliases) in ORG_ALIASES.items()},
        "registry": dict(sorted(orgs.items())),
    }

    # People: current members of Congress, presidents and vice presidents.
    congress = []
    members = json.loads((lexicons / "us_congress_current.json").read_text("utf-8"))
    # The names the lexicon gives, which a nickname form never replaces ("Mike Rogers" is two members).
    given = {n for m in members for n in (m["name"], f"{m['first']} {m['last']}")}
    for m in members:
        party = {"Democrat": "Democratic"}.get(m["party"], m["party"])
        title = "Senator" if "Senator" in m["office"] else "Representative"
        names = {m["name"], f"{m['first']} {m['last']}"} | ({f"{m['nickname']} {m['last']}"} if m["nickname"] else set())
        names |= {f"{nick} {m['last']}" for nick in NICKNAMES.get(m["first"], ())} - given
        congress.append([sorted(names), m["last"], title, code_to_name.get(m["state"], m["state"]), party])
    executive: Dict[str, list] = {}
    for m in json.loads((lexicons / "us_executive.json").read_text("utf-8")):
        title = "Vice President" if m["office"].startswith("Vice") else "President"
        party = {"Democrat": "Democratic"}.get(m["party"], m["party"])
        prev = executive.get(m["name"])
        # The highest office held wins (a VP who became President is "President").
        if prev is None or (title == "President" and prev[2] != "President"):
            executive[m["name"]] = [NEWS_NAMES.get(m["name"], []) + [m["name"]], m["last"], title, None, party]
    people = {"congress": congress, "executive": list(executive.values()), "federal_holders": FEDERAL_HOLDERS,
              "bare_last_names": BARE_LAST_NAMES, "governors": [list(g) for g in GOVERNORS],
              "former_floor_leaders": FORMER_FLOOR_LEADERS, "governors_other_federal": GOVERNORS_OTHER_FEDERAL,
              "former_senators": FORMER_SENATORS, "former_representatives": FORMER_REPRESENTATIVES}

    titles = {
        "titles": {canon: [lvl, amb, aliases] for canon, (lvl, amb, aliases) in TITLES.items()},
        "roles": ROLES,
        "modifiers": MODIFIERS,
    }
    shared_titles = _state_level_titles(lexicons / "us_official_titles.csv")
    for canon in ("Mayor", "Sheriff", "Governor", "Police Chief", "District Attorney"):
        assert shared_titles.get(canon) == TITLES[canon][0], canon

    files = {"places.json": places, "organizations.json": organizations, "people.json": people, "titles.json": titles}
    for fname, payload in files.items():
        # Sealed (format, version, SHA-256; verified when newsnlp loads them), on one line.
        write_model(out / fname, f"newsnlp.people.{fname[:-5]}", GAZETTEER_VERSION, payload, compact=True)
    return {
        "states": len(places["states"]), "counties": len(places["counties"]), "cities": len(places["cities"]),
        "registry_orgs": len(orgs), "org_aliases": len(ORG_ALIASES), "congress": len(congress),
        "executive": len(executive), "titles": len(TITLES), "governors": len(GOVERNORS),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lexicons", type=Path, default=Path("../shared/data/stance/lexicons"))
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    counts = build(args.lexicons, args.out)
    print(json.dumps(counts))


if __name__ == "__main__":
    main()
