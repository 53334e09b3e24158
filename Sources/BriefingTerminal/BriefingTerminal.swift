import CNCursesW
import BriefingUI
